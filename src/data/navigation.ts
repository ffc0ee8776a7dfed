/** The header's links, in order. `key` is what a page passes as `current` to the layout. */
export const NAVIGATION = [
  { key: 'home', label: 'Home', path: '' },
  { key: 'log', label: 'Incident log', path: 'log/' },
] as const;

export type NavigationKey = (typeof NAVIGATION)[number]['key'];
