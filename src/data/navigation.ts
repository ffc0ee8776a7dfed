/** The header's links, in order. `key` is what a page passes as `current` to the layout. */
export const NAVIGATION = [
  { key: 'home', label: 'Home', path: '' },
  { key: 'start-here', label: 'Start here', path: 'start-here/' },
  { key: 'log', label: 'Incident log', path: 'log/' },
  { key: 'browse', label: 'Browse', path: 'causes/' },
  { key: 'trends', label: 'Trends', path: 'trends/' },
  { key: 'quarters', label: 'Quarters', path: 'quarters/' },
  { key: 'actions', label: 'Actions', path: 'actions/' },
] as const;

/** The search page has no header link: the header's search box and, on phones, its button lead there. */
export type NavigationKey = (typeof NAVIGATION)[number]['key'] | 'search';
