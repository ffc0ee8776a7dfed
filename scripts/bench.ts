/**
 * `npm run bench [-- --sizes 100,1000,5000 --runs 3 --heap 3072 --skip-sample --skip-references]`:
 * numbers, no pass/fail.
 *
 * 1. Page weight and search cost on the sample library, in a real browser.
 * 2. Similar-incidents computation time as the library grows, and validation time of a write-up
 *    holding a single 300 KB adversarial line.
 * 3. Scale: generated libraries of each size — validate time, full build (checks, pages,
 *    exports, search index) time and the peak memory of its whole process tree, output and index
 *    size, a first search's bytes and the wait for results while typing, a rebuild after one
 *    write-up changes; beside the floor (a bare Astro build of the same MDX), the content-layer
 *    floor (the same files as `.md`) and Hugo on the same Markdown when it is on PATH.
 * 4. The targets, each with the figure measured and whether it is met.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite as astroBuild, PROJECT_ROOT as root, SAMPLE_TODAY } from './lib/site';
import { hasHugo, writeFloorProject, writeHugoProject, writeMarkdownCopy } from './bench/floor';
import { median, medianRun, timed, type MedianRun } from './bench/measure';
import { firstSearchBytes, pageWeight, searchLatency } from './bench/weight';
import { similarityTimes } from './bench/similarity';
import { adversarialLineTimes } from './bench/adversarial';
import { targetRows, type ScaleResult } from './bench/targets';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    heap: { type: 'string', default: '3072' },
    'skip-sample': { type: 'boolean', default: false },
    'skip-references': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const benchDir = path.join(root, '.bench');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
// The Node heap is set explicitly, as the workflows set it on a CI runner (NODE_OPTIONS there).
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

async function generate(count: number): Promise<string> {
  const dir = path.join(benchDir, `library-${count}`);
  if (!existsSync(path.join(dir, 'settings.yaml'))) {
    await timed(process.execPath, [tsx, 'scripts/generate-library.ts', '--count', String(count), '--seed', '7', '--out', dir, '--force'], {
      cwd: root,
      env: environment({}),
    });
  }
  return dir;
}

/** `npm run build` into `site`: Astro, then the search index, with the preview drawer beside Astro. */
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

const clean = (...dirs: string[]) => () => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));

/** The floor, the content-layer floor and Hugo on `library`'s write-ups (null where skipped). */
async function referenceRuns(count: number, library: string): Promise<{ floor: MedianRun; markdown: MedianRun; hugo: MedianRun | null }> {
  const floorRoot = path.join(benchDir, 'floor');
  writeFloorProject(floorRoot);
  const markdownLibrary = path.join(benchDir, `library-md-${count}`);
  writeMarkdownCopy(library, markdownLibrary);
  const reference = async (name: string, dir: string) => {
    const site = path.join(benchDir, `${name}-site-${count}`);
    const cache = path.join(benchDir, `${name}-cache-${count}`);
    const env = environment({ POSTMORTEMS_DIR: dir, LIBRARY_CACHE_DIR: cache });
    const result = await medianRun(runs, () => timed(process.execPath, [astro, 'build', '--root', floorRoot, '--outDir', site], { cwd: root, env }), clean(site, cache));
    clean(site, cache)();
    return result;
  };
  const floor = await reference('floor', library);
  const markdown = await reference('floor-md', markdownLibrary);
  let hugo: MedianRun | null = null;
  if (hasHugo()) {
    const hugoRoot = path.join(benchDir, `hugo-${count}`);
    writeHugoProject(hugoRoot, markdownLibrary);
    const out = path.join(benchDir, `hugo-site-${count}`);
    hugo = await medianRun(runs, () => timed('hugo', ['--quiet', '--source', hugoRoot, '--destination', out], { cwd: root, env: environment({}) }), clean(out));
    clean(out, hugoRoot)();
  }
  rmSync(markdownLibrary, { recursive: true, force: true });
  return { floor, markdown, hugo };
}

async function scaleRow(count: number): Promise<ScaleResult> {
  const library = await generate(count);
  const site = path.join(benchDir, `site-${count}`);
  const cache = path.join(benchDir, `cache-${count}`);
  const env = environment({ POSTMORTEMS_DIR: library, LIBRARY_CACHE_DIR: cache });

  const validate = await medianRun(runs, () => timed(process.execPath, [tsx, 'scripts/validate.ts'], { cwd: root, env }));
  const build = await medianRun(runs, () => fullBuild(site, env), clean(site, cache));
  const references = values['skip-references'] ? null : await referenceRuns(count, library);
  const search = await firstSearchBytes(site);
  const latency = await searchLatency(site);
  const output = { site: folderBytes(site), index: folderBytes(path.join(site, 'pagefind')) };
  // The last cold build left its cache: each rebuild changes one write-up and builds again.
  const rebuilds: number[] = [];
  for (let run = 0; run < runs; run++) {
    touchOneWriteUp(library, run);
    rebuilds.push((await fullBuild(site, env)).seconds);
  }
  rmSync(library, { recursive: true, force: true });
  clean(site, cache)();
  return { count, validate, build, references, search, latency, output, rebuild: median(rebuilds), warnings: warningLines(build.log) };
}

const memory = (run: { peakMb: number | null } | null | undefined) => (run?.peakMb == null ? '–' : `${Math.round(run.peakMb)} MB`);
const time = (run: { seconds: number } | null | undefined) => (run ? seconds(run.seconds) : '–');

function scaleLine(row: ScaleResult): string {
  const floor = row.references?.floor;
  return [
    row.count.toLocaleString('en-GB'),
    seconds(row.validate.seconds),
    seconds(row.build.seconds),
    time(floor),
    floor ? `${(row.build.seconds / floor.seconds).toFixed(2)}×` : '–',
    time(row.references?.markdown),
    row.references ? (row.references.hugo ? seconds(row.references.hugo.seconds) : 'no hugo') : '–',
    `${memory(row.build)} / ${memory(floor)}`,
    mb(row.output.site),
    mb(row.output.index),
    row.search === null ? '–' : kb(row.search),
    row.latency === null ? '–' : `${Math.round(row.latency)} ms`,
    `${seconds(row.rebuild)} (${Math.round((row.rebuild / row.build.seconds) * 100)}%)`,
    String(row.warnings),
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
  console.log(`Node heap: ${heap}. Peak memory is the build's whole process tree, summed. Hugo: ${hasHugo() ? 'on PATH' : 'not on PATH, its row skipped'}.\n`);
  console.log('| write-ups | validate | build | floor | ratio | content-layer floor | Hugo | peak memory (build / floor) | output | search index | first search | results after typing | rebuild after one change | warnings in the build log |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const results: ScaleResult[] = [];
  for (const count of sizes) {
    const row = await scaleRow(count);
    results.push(row);
    console.log(`| ${scaleLine(row)} |`);
  }
  console.log('\n## Targets\n');
  console.log('| measure | target | measured | met |');
  console.log('| --- | --- | --- | --- |');
  for (const line of targetRows(results, Number(values.heap))) console.log(line);
}
