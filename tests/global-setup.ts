/**
 * Builds the sample library once for every test that reads the built site (build checks,
 * browser tests), with a fixed "today" so overdue flags do not change from day to day.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, root, SAMPLE_TODAY } from './build-site';

export default function setup() {
  const parent = path.join(root, 'tests/.tmp');
  mkdirSync(parent, { recursive: true });
  const site = mkdtempSync(path.join(parent, 'sample-site-'));
  // Test workers start after this and inherit the variable.
  process.env.LIBRARY_SAMPLE_SITE = site;
  const result = astroBuild(site, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
  if (result.status !== 0) throw new Error(`Building the sample library failed:\n${result.stdout}\n${result.stderr}`);
  return () => {
    rmSync(site, { recursive: true, force: true });
    rmSync(`${site}-cache`, { recursive: true, force: true });
  };
}
