/**
 * The open-action backlog a lead can act on: open actions by their owner's team, in age
 * buckets by how long each has been overdue, and follow-up reviews whose date has passed with
 * actions still open. Everything is "as of" a day: today, or the end of a quarter.
 */
import { wasOpenAt } from '../actions';
import { daysBetween } from '../days';
import type { Incident } from '../incident-log';
import type { Action } from '../schema';

export const BACKLOG_AGES = ['not-yet-due', 'overdue-under-30', 'overdue-30-to-90', 'overdue-over-90'] as const;
export type BacklogAge = (typeof BACKLOG_AGES)[number];

export const BACKLOG_AGE_LABELS: Record<BacklogAge, string> = {
  'not-yet-due': 'Not yet due',
  'overdue-under-30': 'Overdue under 30 days',
  'overdue-30-to-90': 'Overdue 30–90 days',
  'overdue-over-90': 'Overdue over 90 days',
};

/** Days past due on `asOf` (0 when not yet due; due on `asOf` itself is not overdue). */
export function daysOverdue(due: string, asOf: string): number {
  return due < asOf ? daysBetween(due, asOf) : 0;
}

export function backlogAgeOf(due: string, asOf: string): BacklogAge {
  const days = daysOverdue(due, asOf);
  if (days === 0) return 'not-yet-due';
  if (days < 30) return 'overdue-under-30';
  return days <= 90 ? 'overdue-30-to-90' : 'overdue-over-90';
}

export interface TeamBacklog {
  /** The owner's team id; null for owners the registry gives no team. */
  team: string | null;
  /** Open on `asOf`. */
  open: number;
  ages: Record<BacklogAge, number>;
  /** The due date of the one overdue longest; null when none is overdue. */
  oldestOverdueDue: string | null;
}

export interface BacklogItem {
  incident: Pick<Incident, 'id'>;
  action: Pick<Action, 'owner' | 'due' | 'status' | 'completed'>;
}

/**
 * The actions open on `asOf`, by their owner's team: the team with the most long-overdue work
 * first, then the most open; owners without a team last.
 */
export function actionBacklog(items: Iterable<BacklogItem>, teamOfOwner: (owner: string) => string | undefined, asOf: string): TeamBacklog[] {
  const teams = new Map<string | null, TeamBacklog>();
  for (const { action } of items) {
    if (!wasOpenAt(action, asOf)) continue;
    const team = teamOfOwner(action.owner) ?? null;
    let backlog = teams.get(team);
    if (!backlog) {
      backlog = { team, open: 0, ages: { 'not-yet-due': 0, 'overdue-under-30': 0, 'overdue-30-to-90': 0, 'overdue-over-90': 0 }, oldestOverdueDue: null };
      teams.set(team, backlog);
    }
    backlog.open += 1;
    backlog.ages[backlogAgeOf(action.due, asOf)] += 1;
    if (action.due < asOf && (backlog.oldestOverdueDue === null || action.due < backlog.oldestOverdueDue)) backlog.oldestOverdueDue = action.due;
  }
  return [...teams.values()].sort(
    (a, b) =>
      Number(a.team === null) - Number(b.team === null) ||
      b.ages['overdue-over-90'] - a.ages['overdue-over-90'] ||
      b.open - a.open ||
      String(a.team).localeCompare(String(b.team)),
  );
}

/** Every action of the given incidents, as backlog items. */
export function actionsOf(incidents: readonly Pick<Incident, 'id' | 'data'>[]): BacklogItem[] {
  return incidents.flatMap((incident) => incident.data.actions.map((action) => ({ incident, action })));
}

export interface OverdueReview {
  incidentId: string;
  /** The follow-up review's date. */
  due: string;
  daysOverdue: number;
  /** Actions of the incident open on `asOf`. */
  openActions: number;
}

/** Follow-up reviews whose date is before `asOf` with actions still open then, the longest overdue first. */
export function overdueReviews(incidents: readonly Pick<Incident, 'id' | 'data'>[], asOf: string): OverdueReview[] {
  return incidents
    .flatMap((incident) => {
      const openActions = incident.data.actions.filter((action) => wasOpenAt(action, asOf)).length;
      const due = incident.data.followUp;
      return openActions > 0 && due < asOf ? [{ incidentId: incident.id, due, daysOverdue: daysOverdue(due, asOf), openActions }] : [];
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.incidentId.localeCompare(b.incidentId));
}
