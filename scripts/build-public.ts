/**
 * `npm run build:public`: `npm run build` with POSTMORTEMS_VISIBILITY=public, so only write-ups
 * marked `visibility: public` are published. Set here rather than in package.json because
 * `VAR=value command` is not understood by Windows shells. Extra arguments go to astro build.
 */
// Set before the build runs: it starts Astro with this process's environment.
process.env.POSTMORTEMS_VISIBILITY = 'public';
await import('./build');

export {};
