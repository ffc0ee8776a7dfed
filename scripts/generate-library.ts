/**
 * `npm run generate -- --count N --seed S --out DIR [--force]`: writes a realistic synthetic
 * library (settings, registries and N write-ups) for benchmarks and scale tests. The same count
 * and seed give byte-identical files.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateLibrary } from './generate-library/library';

const USAGE = `Usage: npm run generate -- --count N --seed S --out DIR [--force]

  --count N   write-ups to generate (1 to 40,000; default 1000)
  --seed S    any text or number; the same count and seed give the same files (default 1)
  --out DIR   the library folder to write (created when missing)
  --force     write into a non-empty DIR: its settings.yaml, registry/ and year folders are replaced`;

/** More teams than areas times regions would repeat team ids. */
const MAX_COUNT = 40_000;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) fail(`--count is "${values.count}": give a whole number from 1 to ${MAX_COUNT}.`);
if (!values.out) fail('--out is missing: name the folder to write the library into.');
const out = path.resolve(values.out);

const existing = existsSync(out) ? readdirSync(out) : [];
if (existing.length > 0) {
  if (!values.force) fail(`${values.out} is not empty. Choose an empty folder, or add --force to replace the library in it.`);
  // Only what a generated library consists of, so a mistaken --out never loses unrelated files.
  for (const name of existing) {
    if (name === 'settings.yaml' || name === 'registry' || /^\d{4}$/.test(name)) rmSync(path.join(out, name), { recursive: true, force: true });
  }
}

const started = performance.now();
const files = generateLibrary({ count, seed: values.seed });
let bytes = 0;
for (const dir of new Set(files.map((file) => path.dirname(path.join(out, file.path))))) mkdirSync(dir, { recursive: true });
for (const file of files) {
  const data = Buffer.from(file.text, 'utf8');
  writeFileSync(path.join(out, file.path), data);
  bytes += data.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `Generated ${count} write-ups (${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB) in ${values.out} with seed ${values.seed} in ${seconds.toFixed(1)} s.`,
);
