/**
 * One page of each type in the sample library, and the screens the site is looked at on: the
 * layout test checks each page at each size and theme, and `npm run screenshots` photographs them.
 */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'start-here': '/start-here/',
  guide: '/guides/writing/',
  log: '/log/',
  search: '/search/?q=certificate',
  trends: '/trends/',
  quarters: '/quarters/',
  quarter: '/quarters/2024-q3/',
  actions: '/actions/',
  incident: '/incidents/2024-09-30-billing-run-checkout-outage/',
  'incident-with-figures': '/incidents/2024-03-06-allergen-reconciliation/',
  'near-miss': '/incidents/2026-07-14-domain-renewal-near-miss/',
  causes: '/causes/',
  cause: '/causes/capacity-planning/',
  services: '/services/',
  service: '/services/checkout/',
  teams: '/teams/',
  team: '/teams/payments/',
  tags: '/tags/',
  tag: '/tags/billing/',
  'not-found': '/no-such-page/',
};

export const SCREEN_SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'large', width: 1920, height: 1080 },
] as const;

export const THEMES = ['light', 'dark'] as const;

/** What a page waits for before it is photographed: search results arrive after the page loads. */
export const READY_SELECTOR: Record<string, string> = { search: '[data-results] li' };
