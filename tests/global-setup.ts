/**
 * Builds the sample library once for every test that reads the built site (build checks,
 * browser tests), with a fixed "today" so overdue flags do not change from day to day.
 */
import { rmSync } from 'node:fs';
import { astroBuild, SAMPLE_SITE, SAMPLE_TODAY } from './build-site';

export default function setup() {
  rmSync(SAMPLE_SITE, { recursive: true, force: true });
  const result = astroBuild(SAMPLE_SITE, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
  if (result.status !== 0) throw new Error(`Building the sample library failed:\n${result.stdout}\n${result.stderr}`);
}
