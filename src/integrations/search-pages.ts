/**
 * The channel between the search-index integration and the middleware: during `astro build`,
 * every incident page goes to Pagefind as soon as Astro renders it, so Pagefind (its own process)
 * indexes on the second core while Astro renders the rest. Both ends run in the build's process
 * but in separately bundled copies of this module, hence a global key rather than a variable.
 */
import { incidentPath } from '../lib/urls';

export interface SearchPageSink {
  /** A rendered page, by its path in the output folder (`incidents/<id>/index.html`). */
  add(sourcePath: string, html: string): void;
}

const KEY = Symbol.for('library-of-failures:search-pages');
type WithSink = typeof globalThis & { [KEY]?: SearchPageSink };

export function openSearchPageSink(sink: SearchPageSink): void {
  (globalThis as WithSink)[KEY] = sink;
}

export function closeSearchPageSink(): void {
  delete (globalThis as WithSink)[KEY];
}

/** The open sink, outside `astro build` none. */
export function searchPageSink(): SearchPageSink | undefined {
  return (globalThis as WithSink)[KEY];
}

/** Where Astro writes an incident's page, as Pagefind names it when it reads the output folder. */
export function incidentSourcePath(id: string): string {
  return `${incidentPath(id)}index.html`;
}
