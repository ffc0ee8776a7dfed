/**
 * `npm run build [-- astro build options]`: Astro's build, then the search index of its output
 * (scripts/search-index.ts) once Astro's process has ended, so their memory never adds up.
 * Beside Astro, at a low priority, the link-preview pictures are drawn on the core Astro leaves
 * idle (scripts/draw-previews.ts). `--outDir` is read to find the output; every option goes to
 * astro build.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from './search-index';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = path.resolve(at >= 0 ? args[at + 1]! : 'dist');
const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');
const drawer = spawn(process.execPath, [tsx, path.join(import.meta.dirname, 'draw-previews.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
// Astro's build is the one that must not wait; a machine that refuses a priority just runs both.
drawer.once('spawn', () => {
  try {
    setPriority(drawer.pid!, 15);
  } catch {}
});
const astro = spawn(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'build', ...args], { stdio: 'inherit' });
const status = await new Promise<number>((resolve, reject) => {
  astro.once('error', reject);
  astro.once('exit', (code) => resolve(code ?? 1));
});
drawer.kill();
if (status !== 0) process.exit(status);
console.log(`Search index written: ${await writeSearchIndex(outDir)} write-ups.`);
