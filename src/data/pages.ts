/**
 * Each page's view model for this build: the library read once, the site's links, and for the
 * incremental build each page's cache key, which is its view model itself (what the page shows)
 * with the settings the layout shows around it. Pages call one function here and render what it
 * returns.
 */
import { cacheKeyOf } from '../lib/cache-key';
import { incidentJson, incidentLogCsv } from '../lib/exports';
import { actionsPage } from '../lib/pages/actions';
import { causePages, causesIndex, servicePages, servicesIndex, tagPages, tagsIndex, teamPages, teamsIndex } from '../lib/pages/browse';
import { homePage } from '../lib/pages/home';
import { incidentPage } from '../lib/pages/incident';
import { logPage } from '../lib/pages/log';
import type { PageContext } from '../lib/pages/parts';
import { problemsPage } from '../lib/pages/problems';
import { quarterPages, quarterReportsOf, quartersIndex } from '../lib/pages/quarters';
import { presentation } from '../lib/pages/presentation';
import { atomFeed } from '../lib/feed';
import { siteNameOf } from '../lib/format';
import { causeLabel, personName, serviceName } from '../lib/registries';
import { incidentPreview } from '../lib/pages/link-preview';
import { previewCacheKey } from '../lib/link-preview';
import { quarterFiguresCsv } from '../lib/planning/quarter-csv';
import { actionsCsv } from '../lib/planning/actions-csv';
import { searchPage } from '../lib/pages/search';
import { searchWords } from '../lib/search-words';
import { startHerePage } from '../lib/pages/start-here';
import { trendsOf, trendsPage } from '../lib/pages/trends';
import type { QuarterReport } from '../lib/quarter-report';
import { getLibrary, type SiteLibrary } from './library';
import { absoluteIncidentUrl, feedAddress, href, incidentHref, links } from './links';

let context: Promise<PageContext & { library: SiteLibrary }> | undefined;

function pageContext(): Promise<PageContext & { library: SiteLibrary }> {
  context ??= getLibrary().then((library) => ({ library, links }));
  return context;
}

/** Computed once per build, whichever page asks first. */
function once<T>(compute: (context: PageContext & { library: SiteLibrary }) => T): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= pageContext().then(compute));
}

/** What the layout shows around every page: a page is reused only when this is unchanged too. */
const layoutKey = (library: SiteLibrary) => [library.settings, library.publicBuild, links.to(''), import.meta.env.SITE];

/** Static paths for pages made from a list of view models, each keyed by what it shows. */
async function pathsOf<T>(views: T[], params: (view: T) => Record<string, string>) {
  const { library } = await pageContext();
  const layout = layoutKey(library);
  return views.map((view) => ({ params: params(view), props: { page: view }, cacheKey: cacheKeyOf(layout, view) }));
}

export const getHomePage = async () => homePage(await pageContext());
export const getStartHerePage = async () => startHerePage(await pageContext());
export const getLogPage = async () => logPage(await pageContext());
export const getActionsPage = async () => actionsPage(await pageContext());
export const getSearchPage = async () => searchPage(await pageContext());

const trends = once(trendsOf);
export const getTrendsPage = async () => trendsPage(await pageContext(), (await trends()).embedded);
/** Each team's and service's trends, for the datasets file the trends page fetches. */
export const getTrendDatasetsByFilter = async () => (await trends()).byFilter;

export const getCausesIndex = async () => causesIndex(await pageContext());
export const getServicesIndex = async () => servicesIndex(await pageContext());
export const getTeamsIndex = async () => teamsIndex(await pageContext());
export const getTagsIndex = async () => tagsIndex(await pageContext());
export const getCausePaths = async () => pathsOf(causePages(await pageContext()), (page) => ({ id: page.id }));
export const getServicePaths = async () => pathsOf(servicePages(await pageContext()), (page) => ({ id: page.id }));
export const getTeamPaths = async () => pathsOf(teamPages(await pageContext()), (page) => ({ id: page.id }));
export const getTagPaths = async () => pathsOf(tagPages(await pageContext()), (page) => ({ tag: page.tag }));

const reports = once<QuarterReport[]>(quarterReportsOf);
export const getQuartersIndex = async () => quartersIndex(await pageContext(), await reports());
export const getQuarterPaths = async () => pathsOf(quarterPages(await pageContext(), await reports()), (page) => ({ quarter: page.slug }));
export const getQuarterFiguresCsv = async () => quarterFiguresCsv(await reports());
export const getActionsCsv = async () => {
  const { library } = await pageContext();
  return actionsCsv(library.incidents, (owner) => library.people.get(owner)?.team, library.today);
};
/** Each quarter's slides, from its page's view model. */
export const getPresentationPaths = async () => {
  const context = await pageContext();
  const all = await reports();
  return pathsOf(quarterPages(context, all).map((page, index) => presentation(context, all[index]!, page)), (deck) => ({ quarter: deck.slug }));
};
/** Each quarter's incidents, for its CSV file. */
export const getQuarterCsvPaths = async () => {
  const { library } = await pageContext();
  return (await reports()).map((report) => ({
    params: { quarter: report.quarter.toLowerCase() },
    props: { incidents: report.incidents },
    cacheKey: cacheKeyOf(layoutKey(library), report.incidents.map((incident) => [incident.id, incident])),
  }));
};

/**
 * Every incident page, keyed by its view model and its narrative as rendered (so a change to the
 * renderer renders the page again, as a change to the write-up does); in the development
 * server, broken write-ups too, whose problems stand in for their pages.
 */
export async function getIncidentPaths() {
  const context = await pageContext();
  const { library } = context;
  const layout = layoutKey(library);
  return [
    ...library.incidents.map((incident) => {
      const page = incidentPage(context, incident);
      const entry = library.entries.get(incident.id)!;
      return { params: { id: incident.id }, props: { page, entry, problems: undefined }, cacheKey: cacheKeyOf(layout, page, entry.rendered?.html ?? entry.digest) };
    }),
    ...library.broken.map((entry) => ({ params: { id: entry.id }, props: { page: undefined, entry, problems: problemsPage(entry) } })),
  ];
}

/** Each incident's link-preview picture, keyed by what it shows, so it is drawn once. */
export async function getIncidentPreviewPaths() {
  const context = await pageContext();
  return context.library.incidents.map((incident) => {
    const { card } = incidentPreview(context, incident);
    const key = previewCacheKey(card);
    return { params: { id: incident.id }, props: { card, key }, cacheKey: key };
  });
}

/** The Atom feed of new and amended write-ups, its links absolute (data/links.ts: feedAddress). */
export async function getFeed() {
  const { library } = await pageContext();
  return atomFeed(library.incidents, {
    siteName: siteNameOf(library.settings),
    description: library.settings.description ?? 'Blameless post-mortems',
    homeUrl: feedAddress(href('')),
    feedUrl: feedAddress(href('feed.xml')),
    incidentUrl: (id) => feedAddress(incidentHref(id)),
    history: (id) => library.history.get(id),
    personName: (id) => personName(library, id),
    serviceName: (id) => serviceName(library, id),
    causeLabel: (id) => causeLabel(library, id),
    today: library.today,
  });
}

/** The exports: the incident log as JSON and CSV, with absolute addresses when the site's is known. */
export const getIncidentsJson = async () =>
  incidentJson((await pageContext()).library.incidents, { generatedAt: new Date().toISOString(), urlFor: absoluteIncidentUrl });
export const getIncidentLogCsv = async () => incidentLogCsv((await pageContext()).library.incidents, { urlFor: absoluteIncidentUrl });

/** The words "did you mean" suggests from, for the search page. */
export const getSearchWords = async () => {
  const { library } = await pageContext();
  return searchWords(library.incidents, library);
};

/** The images published write-ups show, once per file: its address's last part and where it is in the library. */
export async function getImagePaths() {
  const images = new Map<string, string>();
  for (const entry of (await pageContext()).library.entries.values()) {
    for (const image of entry.data.images) images.set(image.url.split('/').at(-1)!, image.libraryPath);
  }
  return [...images].map(([file, libraryPath]) => ({ params: { file }, props: { libraryPath } }));
}
