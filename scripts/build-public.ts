/**
 * `npm run build:public`: `npm run build` with POSTMORTEMS_VISIBILITY=public, so only write-ups
 * marked `visibility: public` are published. Set here rather than in package.json because
 * `VAR=value command` is not understood by Windows shells. Extra arguments go to astro build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? args[at + 1]! : 'dist';
const run = (script: string, scriptArgs: string[]) => {
  const result = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '..', script), ...scriptArgs], {
    stdio: 'inherit',
    env: { ...process.env, POSTMORTEMS_VISIBILITY: 'public' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('node_modules/astro/bin/astro.mjs', ['build', ...args]);
run('node_modules/tsx/dist/cli.mjs', [path.resolve(import.meta.dirname, 'search-index.ts'), outDir]);
