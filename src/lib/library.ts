/**
 * The library as the pages see it: the incident log and everything derived from it once per
 * build, the registries, the settings and the build's day. Plain data, assembled in
 * `src/data/library.ts`; every view model in `pages/` takes it.
 */
import type { FileHistory } from './git-history';
import type { Incident } from './incident-log';
import type { RecurringChain } from './recurrence/chains';
import type { Registries } from './registries';
import type { Settings } from './schema';
import type { SimilarIncident } from './similarity';

export interface Library extends Registries {
  /** Newest first. */
  incidents: Incident[];
  byId: ReadonlyMap<string, Incident>;
  /** The recurring chains, the most recently grown first. */
  chains: RecurringChain[];
  /** Git dates per write-up id; empty outside a git checkout. */
  history: ReadonlyMap<string, FileHistory>;
  /** Up to five similar write-ups per id, besides its `related` list. */
  similar: ReadonlyMap<string, SimilarIncident[]>;
  settings: Settings;
  /** The build's "today", `YYYY-MM-DD`: what is overdue, what "this quarter" is. */
  today: string;
  /** Whether only public write-ups are published (a public build names nobody beyond them). */
  publicBuild: boolean;
}
