/** The actions page, for the monthly follow-up meeting: every action by owner, and the follow-up reviews due. */
import { actionBoard, followUpReviews, FOLLOW_UP_HORIZON_DAYS, type FollowUpReview } from '../action-board';
import { formatDay, plural, STATUS_LABELS } from '../format';
import { ACTION_STATUSES, type ActionStatus } from '../schema';
import { dayView, ownerBoards, type DayView, type Link, type OwnerBoard, type PageContext } from './parts';

export interface ReviewRow {
  date: DayView;
  incident: Link;
  openActions: number;
  overdueActions: number;
}

export interface ActionsPage {
  /** "46 actions, 19 open, 14 overdue as of 22 Nov 2026". */
  summary: string;
  reviews: { id: string; title: string; empty: string; rows: ReviewRow[] }[];
  owners: OwnerBoard[];
  statuses: { value: ActionStatus; label: string }[];
}

export function actionsPage(context: PageContext): ActionsPage {
  const { library, links } = context;
  const owners = actionBoard(library.incidents, library.people, library.today);
  const reviews = followUpReviews(library.incidents, library.today);
  const total = owners.reduce((sum, owner) => sum + owner.actions.length, 0);
  const open = owners.reduce((sum, owner) => sum + owner.open, 0);
  const overdue = owners.reduce((sum, owner) => sum + owner.overdue, 0);
  const rows = (list: readonly FollowUpReview[]): ReviewRow[] =>
    list.map((review) => ({
      date: dayView(review.followUp),
      incident: { href: links.incident(review.incident.id), text: review.incident.data.title },
      openActions: review.openActions,
      overdueActions: review.overdueActions,
    }));
  return {
    summary: `${plural(total, 'action')}, ${open} open, ${overdue} overdue as of ${formatDay(library.today)}`,
    reviews: [
      { id: 'reviews-due', title: 'Follow-up reviews due', empty: 'No follow-up review is due: every past review date has its actions done or dropped.', rows: rows(reviews.due) },
      {
        id: 'reviews-upcoming',
        title: `Follow-up reviews in the next ${FOLLOW_UP_HORIZON_DAYS} days`,
        empty: `No follow-up review with open actions in the next ${FOLLOW_UP_HORIZON_DAYS} days.`,
        rows: rows(reviews.upcoming),
      },
    ],
    owners: ownerBoards(context, owners),
    statuses: ACTION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
  };
}
