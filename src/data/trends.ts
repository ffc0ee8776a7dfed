/** The trends page's data, computed once per build for the page and for its datasets file. */
import { splitTrendsPage, trendsPage } from '../lib/trends/datasets';
import { getLibrary, settings } from './library';

let trends: Promise<ReturnType<typeof splitTrendsPage>> | undefined;

export function getTrends(): Promise<ReturnType<typeof splitTrendsPage>> {
  trends ??= getLibrary().then((library) =>
    splitTrendsPage(
      trendsPage({
        incidents: library.incidents,
        chains: library.chains,
        severities: settings.severities.map((level) => level.id),
        history: library.history,
        services: library.services,
        teams: library.teams,
        causes: library.causes,
      }),
    ),
  );
  return trends;
}
