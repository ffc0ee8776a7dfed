/**
 * The action board for the monthly follow-up meeting: every action of the library under the
 * person who owns it, and the follow-up reviews that are due or coming up.
 */
import { isOpenStatus, isOverdue } from './actions';
import { addDays } from './days';
import type { Incident } from './incident-log';
import type { Action } from './schema';

export interface BoardAction {
  incident: Incident;
  action: Action;
  /** Overdue as of today. */
  overdue: boolean;
}

export interface OwnerActions {
  /** People id. */
  owner: string;
  /** Name from the registry, or the id when the registry does not know it. */
  name: string;
  /** Open ones first, then done and dropped; each by due date. */
  actions: BoardAction[];
  open: number;
  overdue: number;
}

/** Open work first, then what is done or dropped; each by due date, so the most overdue lead. */
function byDueDate(a: BoardAction, b: BoardAction): number {
  const closed = (item: BoardAction) => (isOpenStatus(item.action.status) ? 0 : 1);
  return (
    closed(a) - closed(b) ||
    a.action.due.localeCompare(b.action.due) ||
    a.incident.id.localeCompare(b.incident.id) ||
    a.action.action.localeCompare(b.action.action)
  );
}

/** Groups actions by owner, owners by name. */
export function groupByOwner(items: readonly BoardAction[], people: ReadonlyMap<string, { name: string }>): OwnerActions[] {
  const owners = new Map<string, OwnerActions>();
  for (const item of items) {
    const id = item.action.owner;
    let group = owners.get(id);
    if (!group) {
      group = { owner: id, name: people.get(id)?.name ?? id, actions: [], open: 0, overdue: 0 };
      owners.set(id, group);
    }
    group.actions.push(item);
    if (isOpenStatus(item.action.status)) group.open += 1;
    if (item.overdue) group.overdue += 1;
  }
  const groups = [...owners.values()];
  for (const group of groups) group.actions.sort(byDueDate);
  return groups.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.owner.localeCompare(b.owner));
}

/** Every action of the library, by owner. `today` decides what is overdue. */
export function actionBoard(incidents: readonly Incident[], people: ReadonlyMap<string, { name: string }>, today: string): OwnerActions[] {
  const items = incidents.flatMap((incident) =>
    incident.data.actions.map((action) => ({ incident, action, overdue: isOverdue(action, today) })),
  );
  return groupByOwner(items, people);
}

export interface FollowUpReview {
  incident: Incident;
  followUp: string;
  openActions: number;
  overdueActions: number;
}

/** Reviews looking ahead this many days by default: about the gap between two monthly meetings. */
export const FOLLOW_UP_HORIZON_DAYS = 30;

/**
 * Follow-up reviews still worth holding, because actions are open: `due` (the date is today or
 * past) and `upcoming` (within `withinDays` after today). Each soonest first.
 */
export function followUpReviews(
  incidents: readonly Incident[],
  today: string,
  withinDays = FOLLOW_UP_HORIZON_DAYS,
): { due: FollowUpReview[]; upcoming: FollowUpReview[] } {
  const horizon = addDays(today, withinDays);
  const due: FollowUpReview[] = [];
  const upcoming: FollowUpReview[] = [];
  for (const incident of incidents) {
    if (incident.actionCounts.open === 0) continue;
    const review = {
      incident,
      followUp: incident.data.followUp,
      openActions: incident.actionCounts.open,
      overdueActions: incident.actionCounts.overdue,
    };
    if (review.followUp <= today) due.push(review);
    else if (review.followUp <= horizon) upcoming.push(review);
  }
  const soonest = (a: FollowUpReview, b: FollowUpReview) => a.followUp.localeCompare(b.followUp) || a.incident.id.localeCompare(b.incident.id);
  return { due: due.sort(soonest), upcoming: upcoming.sort(soonest) };
}
