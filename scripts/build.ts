/**
 * `npm run build [-- astro build options]`: Astro's build, then the search index of its output
 * (scripts/search-index.ts) once Astro's process has ended, so their memory never adds up.
 * `--outDir` is read to find the output; every option goes to astro build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeSearchIndex } from './search-index';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = path.resolve(at >= 0 ? args[at + 1]! : 'dist');
const astro = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'build', ...args], { stdio: 'inherit' });
if (astro.error) throw astro.error;
if (astro.status !== 0) process.exit(astro.status ?? 1);
console.log(`Search index written: ${await writeSearchIndex(outDir)} write-ups.`);
