/**
 * `npm run build [-- astro build options]`: Astro's build, then the search index of its output
 * (scripts/search-index.ts) once Astro's process has ended, so their memory never adds up.
 * Beside Astro, at a low priority, the link-preview pictures are drawn on the core Astro leaves
 * idle (scripts/draw-previews.ts); once Astro is done, the drawer finishes while Pagefind indexes,
 * and each picture is placed beside its incident page. `--outDir` is read to find the output;
 * every option goes to astro build.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { placePreviews, previewStoreDir } from '../src/lib/preview-store';
import { writeSearchIndex } from './search-index';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = path.resolve(at >= 0 ? args[at + 1]! : 'dist');
const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');
const drawer = spawn(process.execPath, [tsx, path.join(import.meta.dirname, 'draw-previews.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
let drawn = '';
drawer.stdout.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
const drawerDone = new Promise<number>((resolve, reject) => {
  drawer.once('error', reject);
  drawer.once('close', (code) => resolve(code ?? 1));
});
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
if (status !== 0) {
  drawer.kill();
  process.exit(status);
}
const [indexed, drawerStatus] = await Promise.all([writeSearchIndex(outDir), drawerDone]);
if (drawerStatus !== 0) {
  console.error('The link-preview pictures could not be drawn (the error is above).');
  process.exit(1);
}
let placed: number;
try {
  placed = placePreviews(outDir, previewStoreDir(), new Map(JSON.parse(drawn) as [string, string][]));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
console.log(`Search index written: ${indexed} write-ups. Link previews placed: ${placed}.`);
