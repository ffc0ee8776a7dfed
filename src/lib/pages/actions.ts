/**
 * The actions page, for the monthly follow-up meeting: what is open and overdue at a glance, the
 * follow-up reviews due, and every action by owner, open work first.
 */
import { actionBoard, followUpReviews, FOLLOW_UP_HORIZON_DAYS, type BoardAction, type FollowUpReview } from '../action-board';
import { actionViewStatus, DEFAULT_ACTION_VIEW, type ActionView } from '../action-view';
import { formatDaySpan } from '../duration';
import { formatDay, plural } from '../format';
import { actionBacklog, actionsOf } from '../planning/backlog';
import { backlogTable, dayView, overdueLabel, ownerBoards, type BacklogView, type DayView, type Link, type OwnerBoard, type PageContext } from './parts';

export interface ReviewRow {
  date: DayView;
  /** "Overdue 2 months" once the review date has passed; "Due today" on the day. */
  dueState: string | undefined;
  /** The review date has passed. */
  overdue: boolean;
  incident: Link;
  openActions: number;
  overdueActions: number;
}

/** One figure of the summary a lead reads first. */
export interface ActionsFigure {
  label: string;
  value: string;
  note: string | undefined;
  /** What the figure is about, after the note: the oldest overdue action, on its owner's board. */
  link: Link | undefined;
}

export interface ActionsPage {
  figures: ActionsFigure[];
  reviews: { id: string; title: string; empty: string; rows: ReviewRow[] }[];
  owners: OwnerBoard[];
  /** The board's views, open work first, with how many actions each shows. */
  views: { value: ActionView; label: string; count: number; asBuilt: boolean }[];
  /** What the board shows as built (open work): "Showing 17 of 64 actions, 15 owners." */
  status: string;
  /** Every open action by the owner's team and how long overdue, for planning; and the file with every action. */
  backlog: BacklogView;
  csv: string;
}

/** The open action due longest ago, if any is overdue. */
function oldestOverdue(items: readonly BoardAction[]): BoardAction | undefined {
  return items.filter((item) => item.overdue).sort((a, b) => a.action.due.localeCompare(b.action.due))[0];
}

export function actionsPage(context: PageContext): ActionsPage {
  const { library, links } = context;
  const { today } = library;
  const owners = actionBoard(library.incidents, library.people, today);
  const reviews = followUpReviews(library.incidents, today);
  const total = owners.reduce((sum, owner) => sum + owner.actions.length, 0);
  const open = owners.reduce((sum, owner) => sum + owner.open, 0);
  const overdue = owners.reduce((sum, owner) => sum + owner.overdue, 0);
  const oldest = oldestOverdue(owners.flatMap((owner) => owner.actions));
  const oldestOwner = oldest && owners.find((owner) => owner.actions.includes(oldest));
  const rows = (list: readonly FollowUpReview[]): ReviewRow[] =>
    list.map((review) => ({
      date: dayView(review.followUp),
      dueState: review.followUp < today ? overdueLabel(review.followUp, today) : review.followUp === today ? 'Due today' : undefined,
      overdue: review.followUp < today,
      incident: { href: links.incident(review.incident.id), text: review.incident.data.title },
      openActions: review.openActions,
      overdueActions: review.overdueActions,
    }));
  return {
    figures: [
      { label: 'Open actions', value: String(open), note: `of ${plural(total, 'action')}`, link: undefined },
      { label: 'Overdue', value: String(overdue), note: `as of ${formatDay(today)}`, link: undefined },
      { label: 'Follow-up reviews due', value: String(reviews.due.length), note: 'with actions still open', link: undefined },
      oldest && oldestOwner
        ? {
            label: 'Oldest overdue',
            value: formatDaySpan(oldest.action.due, today),
            note: `due ${formatDay(oldest.action.due)}:`,
            link: { href: `#owner-${oldestOwner.owner}`, text: `${oldest.action.action} (${oldestOwner.name})` },
          }
        : { label: 'Oldest overdue', value: 'None', note: 'nothing is overdue', link: undefined },
    ],
    reviews: [
      { id: 'reviews-due', title: 'Follow-up reviews due', empty: 'No follow-up review is due: every past review date has its actions done or dropped.', rows: rows(reviews.due) },
      {
        id: 'reviews-upcoming',
        title: `Follow-up reviews in the next ${FOLLOW_UP_HORIZON_DAYS} days`,
        empty: `No follow-up review with open actions in the next ${FOLLOW_UP_HORIZON_DAYS} days.`,
        rows: rows(reviews.upcoming),
      },
    ],
    owners: ownerBoards(context, owners, { fold: true }),
    status: actionViewStatus({ shown: open, total, owners: owners.length }),
    views: (
      [
        { value: 'open', label: 'Open', count: open },
        { value: 'overdue', label: 'Overdue only', count: overdue },
        { value: 'all', label: 'All, with done and dropped', count: total },
      ] as const
    ).map((view) => ({ ...view, asBuilt: view.value === DEFAULT_ACTION_VIEW })),
    backlog: backlogTable(context, actionBacklog(actionsOf(library.incidents), (owner) => library.people.get(owner)?.team, today), [], {
      caption: `${plural(open, 'open action')} on ${formatDay(today)}, by the owner's team and how long overdue, the teams with most long-overdue work first.`,
      empty: 'No action is open.',
    }),
    csv: links.to('actions.csv'),
  };
}
