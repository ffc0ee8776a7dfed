/**
 * Which actions the action board shows, kept in the query string (`?show=overdue`) so that a
 * reload, a shared link and the back button keep it. Open work by default; done and dropped
 * actions are one choice away. Pure, for the page's script and its view model alike.
 */
export const ACTION_VIEWS = ['open', 'overdue', 'all'] as const;

export type ActionView = (typeof ACTION_VIEWS)[number];

/** What a URL without `show` means. */
export const DEFAULT_ACTION_VIEW: ActionView = 'open';

const isView = (value: string | null): value is ActionView => ACTION_VIEWS.includes(value as ActionView);

/** The view a query string asks for, or the default for anything else. */
export function readActionView(params: URLSearchParams): ActionView {
  const asked = params.get('show');
  return isView(asked) ? asked : DEFAULT_ACTION_VIEW;
}

/** Writes the view into a query string, leaving its other parameters as they were. */
export function writeActionView(params: URLSearchParams, view: ActionView): void {
  if (view === DEFAULT_ACTION_VIEW) params.delete('show');
  else params.set('show', view);
}

/** What the board shows: `Showing 25 of 64 actions, 12 owners.` */
export function actionViewStatus(counts: { shown: number; total: number; owners: number }): string {
  return `Showing ${counts.shown} of ${counts.total} actions, ${counts.owners} ${counts.owners === 1 ? 'owner' : 'owners'}.`;
}
