/**
 * `npm run build:public`: `astro build` with POSTMORTEMS_VISIBILITY=public, so only write-ups
 * marked `visibility: public` are published. Set here rather than in package.json because
 * `VAR=value command` is not understood by Windows shells. Extra arguments go to astro build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const astro = path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, POSTMORTEMS_VISIBILITY: 'public' },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
