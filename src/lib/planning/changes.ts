/**
 * Changes as triggers: an incident "started with a change" when its write-up links the pull
 * requests, deploys or configuration changes that set it off (`changes`). One home for the
 * rule the quarter pages, the slides and the trends page count by.
 */
import type { WriteUp } from '../schema';

export function startedByChange(incident: { data: Pick<WriteUp, 'changes'> }): boolean {
  return incident.data.changes.length > 0;
}
