/**
 * `npm run bench [-- --sizes 100,1000,5000 --runs 3]`: numbers, no pass/fail.
 *
 * 1. Page weight and search cost on the sample library, in a real browser.
 * 2. Similar-incidents computation time as the library grows, and validation time of a write-up
 *    holding a single 300 KB adversarial line.
 * 3. Scale: generated libraries of each size — validate time, full build (Astro and Pagefind)
 *    time and peak memory, output and index size, bytes of a first search, rebuild after one
 *    write-up changes, and the floor (a bare Astro build of the same MDX) with our ratio to it.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite as astroBuild, PROJECT_ROOT as root, SAMPLE_TODAY } from './lib/site';
import { writeFloorProject } from './bench/floor';
import { median, medianRun, timed } from './bench/measure';
import { firstSearchBytes, pageWeight } from './bench/weight';
import { similarityTimes } from './bench/similarity';
import { adversarialLineTimes } from './bench/adversarial';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    heap: { type: 'string', default: '2048' },
    'skip-sample': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const benchDir = path.join(root, '.bench');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
// The Node heap is set explicitly, as on a CI runner: a larger heap only lets the garbage grow.
const heap = `--max-old-space-size=${values.heap}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (s: number) => `${s.toFixed(1)} s`;

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', POSTMORTEMS_TODAY: SAMPLE_TODAY, NODE_OPTIONS: heap, ...extra };
}

function generate(count: number): string {
  const dir = path.join(benchDir, `library-${count}`);
  if (!existsSync(path.join(dir, 'settings.yaml'))) {
    timed(process.execPath, [tsx, 'scripts/generate-library.ts', '--count', String(count), '--seed', '7', '--out', dir, '--force'], {
      cwd: root,
      env: environment({}),
    });
  }
  return dir;
}

/** `npm run build` into `site`. Its peak memory is that of Astro's process or of the search index, whichever is larger. */
function fullBuild(site: string, env: NodeJS.ProcessEnv) {
  return timed(process.execPath, [tsx, 'scripts/build.ts', '--outDir', site], { cwd: root, env });
}

/** Lines of a build log that warn (Astro's `[WARN]`, the bundler's warnings): readable logs have none per file. */
function warningLines(log: string): number {
  return log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line.replace(/\x1b\[[0-9;]*m/g, ''))).length;
}

/** Appends a sentence to one write-up's narrative: the pull request that changes one write-up. */
function touchOneWriteUp(library: string, run: number): void {
  const year = readdirSync(library).filter((name) => /^\d{4}$/.test(name)).sort()[0]!;
  const file = readdirSync(path.join(library, year)).filter((name) => name.endsWith('.mdx')).sort()[0]!;
  appendFileSync(path.join(library, year, file), `\nA reviewer added a clarification, revision ${run + 1}.\n`);
}

async function scaleRow(count: number): Promise<string> {
  const library = generate(count);
  const site = path.join(benchDir, `site-${count}`);
  const cache = path.join(benchDir, `cache-${count}`);
  const floorRoot = path.join(benchDir, 'floor');
  const floorSite = path.join(benchDir, `floor-site-${count}`);
  const floorCache = path.join(benchDir, `floor-cache-${count}`);
  writeFloorProject(floorRoot);
  const env = environment({ POSTMORTEMS_DIR: library, LIBRARY_CACHE_DIR: cache });
  const floorEnv = environment({ POSTMORTEMS_DIR: library, LIBRARY_CACHE_DIR: floorCache });
  const clean = (...dirs: string[]) => () => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

  const validate = medianRun(runs, () => timed(process.execPath, [tsx, 'scripts/validate.ts'], { cwd: root, env }));
  const build = medianRun(runs, () => fullBuild(site, env), clean(site, cache));
  const floor = medianRun(
    runs,
    () => timed(process.execPath, [astro, 'build', '--root', floorRoot, '--outDir', floorSite], { cwd: root, env: floorEnv }),
    clean(floorSite, floorCache),
  );
  // The last cold build left its cache: each rebuild changes one write-up and builds again.
  const rebuilds: number[] = [];
  for (let run = 0; run < runs; run++) {
    touchOneWriteUp(library, run);
    rebuilds.push(fullBuild(site, env).seconds);
  }
  rmSync(library, { recursive: true, force: true });
  const search = await firstSearchBytes(site);
  const memory = (run: { peakMb: number | null }) => (run.peakMb === null ? '–' : `${Math.round(run.peakMb)} MB`);
  return [
    count,
    seconds(validate.seconds),
    seconds(build.seconds),
    seconds(floor.seconds),
    `${(build.seconds / floor.seconds).toFixed(2)}×`,
    `${memory(build)} / ${memory(floor)}`,
    mb(folderBytes(site)),
    mb(folderBytes(path.join(site, 'pagefind'))),
    search === null ? '–' : kb(search),
    seconds(median(rebuilds)),
    String(warningLines(build.log)),
  ].join(' | ');
}

mkdirSync(benchDir, { recursive: true });
console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}. Medians of ${runs} run(s).\n`);

if (!values['skip-sample']) {
  const sample = mkdtempSync(path.join(tmpdir(), 'library-bench-'));
  try {
    const build = astroBuild(sample, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
    if (build.status !== 0) throw new Error(`The sample library did not build:\n${build.stderr}`);
    console.log('## Page weight (sample library)\n');
    console.log((await pageWeight(sample)).join('\n'));
  } finally {
    rmSync(sample, { recursive: true, force: true });
    rmSync(`${sample}-cache`, { recursive: true, force: true });
  }
  console.log('\n## Similar incidents: computation time\n');
  console.log(similarityTimes().join('\n'));
  console.log('\n## Validating a single 300 KB adversarial line\n');
  console.log((await adversarialLineTimes(root)).join('\n'));
}

if (sizes.length > 0) {
  console.log('\n## Scale: generated libraries\n');
  console.log(`Node heap: ${heap}.\n`);
  console.log('| write-ups | validate | build | floor | ratio | peak memory (build / floor) | output | search index | first search | rebuild after one change | warnings in the build log |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const count of sizes) console.log(`| ${await scaleRow(count)} |`);
}
