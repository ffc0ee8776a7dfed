/**
 * Vocabulary shared by every root cause: timeline events, summaries, the body's sections. Slots:
 * {service} {other} {team} {otherTeam} {provider} {thing} {effect} {duration} {detectAfter}
 * {mitigateAfter} {weekday} {detectTime} {customers} {contacts} {count} {pct} {label}.
 */
import type { DetectionSource, EventKind } from '../../src/lib/schema';

const CUSTOMER_FACING = /customer|support|impact|contacts/i;

/** Near misses reached no customer: their write-ups leave out sentences that say otherwise. */
export function suited(templates: readonly string[], nearMiss: boolean): readonly string[] {
  if (!nearMiss) return templates;
  const kept = templates.filter((template) => !CUSTOMER_FACING.test(template));
  return kept.length > 0 ? kept : templates;
}

export const EVENT_TEXT: Readonly<Record<Exclude<EventKind, 'trigger' | 'detected'>, readonly string[]>> = {
  impact: [
    '{service} began returning errors for about {pct}% of requests',
    'Requests to {service} slowed; the 95th percentile passed eight seconds',
    'Customers started to see failures in {service}',
    '{other} began to queue work it could not hand to {service}',
    'Orders started to fail at the {service} step',
    'First customers affected: {service} answered with errors or not at all',
  ],
  signal: [
    'Error rate on the {service} dashboard rose above its usual range',
    'A support agent noted several similar contacts about {service}',
    'A warning about {service} appeared in the team channel',
    'Queue depth for {other} climbed steadily',
    'Synthetic check against {service} turned amber',
    'An engineer in the {otherTeam} asked in chat whether {service} was slow',
  ],
  'missed-signal': [
    'Warning logs from {service} grew tenfold; no alert watched them',
    'A synthetic check against {service} went amber, below the paging threshold',
    'A nightly report showed fewer completed orders than usual; nobody reads it during the day',
    'An automated notice about the {thing} went to a shared mailbox',
    'Retry counts in {other} doubled; the graph has no alert',
    'Dashboard for {service} showed a step change in latency; nobody had it open',
  ],
  action: [
    'On-call compared the last changes to {service} with the start of the errors',
    'Incident commander assigned and a call opened with the {team} and the {otherTeam}',
    'The {team} on-call rolled {service} back to the previous version',
    'Traffic to {service} shifted away from the failing instances',
    'Consumers in {other} paused to stop the backlog growing',
    'Capacity of {service} raised as a holding measure',
    'Ticket opened with {provider} while the team kept checking our side',
    'Affected records listed from the logs for later repair',
  ],
  mitigated: [
    'Error rate on {service} back under 1%',
    'Workaround in place; new requests to {service} succeeding',
    'Backlog in {other} stopped growing',
    'Customers able to complete orders again',
    'The previous state restored; {service} answering normally',
  ],
  resolved: [
    'All queued work processed; {service} behaving normally',
    'Fix deployed and verified; incident closed',
    'Last affected records repaired and checked',
    'Monitoring quiet for an hour; incident closed by the incident commander',
    'Backlog in {other} cleared and the repair confirmed by support',
  ],
  communication: [
    'Status page updated: degraded service on {service}',
    'Customer-facing teams briefed with a holding statement',
    'Email sent to affected customers with an apology and what to expect',
    'Update posted in the company incident channel for the {otherTeam}',
    'Support given a macro for contacts about {service}',
  ],
};

/** The detected event, in the words of whoever told us first (the write-up's `detection`). */
export const DETECTED_BY: Readonly<Record<DetectionSource, readonly string[]>> = {
  monitoring: [
    'On-call paged by the {service} error-rate alert',
    'Latency alert for {service} paged the on-call engineer',
    'Queue-age alert for {other} paged the {team} on-call',
  ],
  synthetic: [
    'Synthetic check against {service} failed three times in a row and paged the on-call',
    'The end-to-end order check failed at the {service} step and paged the {team} on-call',
  ],
  customer: [
    'Support escalated a cluster of contacts to the {team} on-call',
    'Customer reports on social media reached the on-call through support',
    'Support lead raised a rise in contacts about {service} in the incident channel',
  ],
  'internal-report': [
    'An engineer reviewing dashboards noticed the drop and raised an incident',
    'Incident channel opened after the {other} on-call saw failures',
    'A warehouse shift lead called the {team} on-call about {service}',
  ],
  'third-party': [
    '{provider} emailed their incident notice naming our account',
    'A partner\'s on-call called ours about failing requests from {service}',
  ],
  audit: [
    'The weekly review of {service} figures showed the gap and was raised with the {team}',
    'Finance reconciliation found the mismatch and raised it with the {team}',
  ],
  other: ['The {team} learned of it from a colleague in another office, outside any channel'],
};

/** `information` and `decision` of a decision point, the blameless view of a timeline event. */
export const DECISION_POINTS: readonly (readonly [string, string])[] = [
  ['The dashboards showed errors only on {service}; {other} looked healthy', 'Roll back {service} first, because it was the only recent change and a rollback takes minutes'],
  ['The last deploy had been two days earlier and the errors began minutes ago', 'Rule out the deploy and look at configuration and dependencies instead'],
  ['Nobody on the call knew whether a restart would lose queued work', 'Pause consumers before any restart, to keep the queue intact'],
  ['The runbook for {service} described a restart but not what it would do to requests in flight', 'Restart one instance and watch it before touching the rest'],
  ['The status page of {provider} reported no problem', 'Keep investigating our side while opening a ticket with the provider, since both were cheap'],
  ['The alert named {other}, the service that showed the symptom', 'Start with {other}, where the alert pointed, and widen the search after twenty minutes'],
  ['Errors were rising but still under 5% of requests', 'Hold the status page update for ten minutes to confirm the scope, to avoid a false alarm'],
  ['A fix forward looked small, and a rollback would also undo two unrelated changes', 'Write the fix forward, with a rollback prepared in case it took longer than thirty minutes'],
  ['The backlog was growing by about a thousand items a minute', 'Add capacity first to stop the growth, then look for the cause'],
  ['It was not clear how many customers were affected', 'Ask data to count affected orders while the responders worked on the fix'],
];

export const NEAR_MISS_TITLES: readonly string[] = [
  'A {thing} problem in {service} was caught before it reached customers',
  '{service} came within hours of an outage from a {thing} problem',
  'A {thing} issue that would have stopped {service} was found in time',
  '{other} nearly lost its connection to {service} over a {thing} problem',
];

export const IMPACT_SENTENCES: readonly string[] = [
  'For {duration}, about {customers} customers {effect}, and {contacts} contacted support.',
  'Over {duration}, about {customers} customers {effect}; support received {contacts} contacts.',
  'About {customers} customers {effect} during the {duration} it lasted.',
];

export const NEAR_MISS_SENTENCES: readonly string[] = [
  'Nothing reached customers; left alone for another day, it would have meant that customers {effect}.',
  'No customer was affected, but within hours customers of {service} would have found they {effect}.',
];

export const IMPACT_DETAILS: readonly string[] = [
  'About {customers} customers {effect} over {duration}; {contacts} support contacts; {count} requests failed.',
  '{customers} customers affected over {duration}; {count} failed requests to {service}; {contacts} contacts to support.',
  'About {customers} customers {effect}. {contacts} support contacts, and {count} orders needed a manual check afterwards.',
];

export const NEAR_MISS_IMPACT: readonly string[] = [
  'No customer impact. Left alone, it would have stopped {service} for every customer within a day.',
  'No customer impact. Had it not been caught, {service} and {other} would have been unavailable during the next peak.',
];

export const RESOLUTIONS: readonly string[] = [
  'The previous state of {service} was restored and the backlog in {other} was processed.',
  'A fix was deployed to {service}, and the affected records were repaired from the logs.',
  'The change was reverted, and {service} recovered without further action.',
  'Capacity was added to absorb the backlog, and the underlying problem was fixed the next day.',
  'The {thing} was corrected by hand, and a permanent fix followed within the week.',
];

export const WENT_WELL: readonly string[] = [
  'Support recognised the pattern in contacts and escalated it as one problem.',
  'The incident commander kept a written timeline from the first minute, which made this review much easier.',
  'The rollback of {service} worked as documented.',
  'The on-calls of the {team} and the {otherTeam} joined the same call within ten minutes.',
  'Status page updates went out every thirty minutes, as the incident process asks.',
  'Logs from {service} had enough context to find the affected records without guessing.',
  'The dashboards for {service} showed the start of the problem to the minute.',
  'Nobody worked alone: a second engineer joined every change made in production.',
];

export const GOT_LUCKY: readonly string[] = [
  'It happened on a {weekday}, outside the busiest hours of the week.',
  'The engineer on call had worked on {service} the month before and recognised the symptom.',
  'The backup from the night before was complete; the one from the night before that was not.',
  'A planned release of {other} was postponed that morning for unrelated reasons.',
  '{provider} kept our rejected requests for a day and could replay them.',
  'Traffic was lower than usual because of a public holiday in our largest market.',
];

export const CONTEXT: readonly string[] = [
  'Customers rarely think about {service}, which is how it should be: it does its work between the click and the confirmation.',
  'On a normal {weekday} {service} handles tens of thousands of requests without anyone looking at it.',
  '{service} has a small, stable codebase, and most changes to it are configuration rather than code.',
  'The {team} took over {service} last year, together with its alerts, its runbook and its history.',
  'Several teams read from {service}, but only the {team} changes it.',
  'The busiest hour for {service} is the evening, when customers edit their boxes before the weekly cut-off.',
  '{service} is owned by the {team} and sits on the path of most orders that reach {other}.',
  '{service} handles a steady load during the day and a sharp peak in the evening.',
  'The {team} runs {service}; {other} depends on it for most of the requests it serves.',
  'Most weeks {service} is unremarkable: it has had few incidents in the last year, all of them small.',
  '{service} was built four years ago and has changed owners once since then.',
  'Much of what {service} does happens in the background, so customers notice it only when it stops.',
  '{other} talks to {service} many times for every customer request, so a slowdown in one shows in both.',
  'The {team} had been planning a redesign of {service} for next quarter, and this incident arrived first.',
];

export const DETECTION: readonly string[] = [
  'The dashboards of {service} showed the change clearly, but dashboards only help when someone is looking.',
  'The first person to notice was not on call; they raised it in the incident channel, as the process asks.',
  'For the first minutes the symptom looked like a routine blip, the kind that clears on its own.',
  'The page arrived with a clear title and a link to the right dashboard, which saved time.',
  'Because the symptom appeared in {other} first, the first responders were not the owners of {service}.',
  'Detection depended on volume: with fewer customers online, it would have taken longer still.',
  'The first sign came {detectAfter} after customers were affected.',
  'We found out at {detectTime}, {detectAfter} after the impact began.',
  'The alert that eventually fired measured a symptom, not the cause, so the first minutes went on finding where the problem was.',
  'Support saw the first contacts before any alert fired, which says more about our alerts than about support.',
  'The on-call engineer was paged once, acknowledged within two minutes and opened the incident channel.',
  'By the time the incident was declared, the dashboards had shown the problem for a while.',
  'Several small signals came before the page, and none of them was loud enough on its own.',
  'The detection gap of {detectAfter} is the part of this incident we most want to shorten.',
  'Nobody was idle while the problem went unseen: the signals were just somewhere nobody was looking.',
  'Once the right graph was on screen, the start of the problem was easy to see, to the minute.',
];

export const RESPONSE: readonly string[] = [
  'The first twenty minutes went on ruling things out, which was slow but kept the team from fixing the wrong thing.',
  'A second engineer checked each command before it ran in production, which is our practice during incidents.',
  'Communication to customers was owned by support from the start, which left engineers free to work on the fix.',
  'The fix was tested on one instance first, which cost ten minutes and removed any doubt about it.',
  'The responders kept a running list of affected customers, which made the clean-up straightforward.',
  'Two people worked on the same idea for a while without knowing it; the incident commander noticed and split the work.',
  'The incident commander split the work: one person on the fix, one on customers, one keeping the timeline.',
  'The first hypothesis was the most recent change, which is usually a good bet and was not this time.',
  'Mitigation took {mitigateAfter} from detection, most of it spent confirming the cause before acting.',
  'A rollback was considered and set aside, because it would also have undone unrelated changes.',
  'The team chose to stop the damage first and understand it later, which kept the impact from growing.',
  'The runbook for {service} covered the first step and then stopped, so the rest was worked out on the call.',
  'Support and engineering shared one channel, so customers got accurate answers within the first hour.',
  'Each change in production was announced in the channel before it was made, and checked after.',
  'Restoring service and repairing data were handled as two separate pieces of work, with different owners.',
  'The repair was verified by support calling back a sample of affected customers.',
  'People from the {otherTeam} joined without being asked, because the incident channel was open to everyone.',
  'After mitigation, the responders took a break before the clean-up, which caught one mistake in the repair plan.',
];

export const DECIDED: readonly string[] = [
  'The review spent most of its hour on the conditions that made this possible, and little on the moment it happened.',
  'We looked for the fix that would also have prevented the last incident of this kind, and chose that one first.',
  'The team agreed that relying on someone noticing was the part of the system to change.',
  'Each action is written so that someone outside the team could tell whether it is done.',
  'The follow-up date gives the owners time to finish the short-term actions and start the long-term ones.',
  'The review agreed that a fix to {service} alone would leave the same gap elsewhere.',
  'We chose the actions that change the system, not the ones that ask people to remember more.',
  'Each action has one owner and a date, and the follow-up meeting checks them.',
  'The short-term actions stop this exact failure; the long-term ones address the class of {label} it belongs to.',
  'Some ideas were good but too large for the next quarter, and are listed below as options we weighed.',
  'The team discussed whether this could happen to {other} too, and the answer was yes.',
  'Nobody in the review was asked what they did wrong; everyone was asked what they knew and when.',
  'This is not the first incident of its kind, which is why the review spent most of its time on the class, not the instance.',
];

export const BACKGROUND: readonly string[] = [
  '{service} and {other} were designed by different teams at different times, with different assumptions about load.',
  'The incident process asks for an incident commander, a communications lead and a written timeline, and all three were in place.',
  'Like most of our services, {service} runs on the shared container platform and uses the shared alerting setup.',
  'The service catalogue lists {service} with its owners, its tier and its runbook, and all three were up to date.',
  'The {thing} involved here is shared by more than one service, which is part of why this review matters beyond {service}.',
  'The {team} owns {service} together with several other services, and shares an on-call rotation across them.',
  '{service} has a tier in the service catalogue that sets how fast we expect to notice and respond.',
  'Changes to {service} go through the same pipeline as every other service, with a review and automated tests.',
  'Most of the knowledge about {service} sits with a few people in the {team}, which this review noted as a risk.',
  'The dependency between {service} and {other} is not drawn on any architecture diagram we could find.',
  'Over the last year the traffic to {service} has grown steadily, faster than the team expected.',
  'The {team} keeps a runbook for {service}, last reviewed several months before this incident.',
];

export const OPEN_QUESTIONS: readonly string[] = [
  'Which other services depend on the same {thing} in the same way?',
  'Would a canary or a staged rollout have made this smaller, or only slower?',
  'How many near misses of this kind went unrecorded before this one?',
  'Should {other} degrade on its own when {service} is slow, instead of waiting?',
  'Who should own the {thing} when it spans two teams?',
  'Is the detection gap of {detectAfter} typical for {service}, or was this unusually slow?',
  'Which alerts of {service} would fire if the same thing happened at night?',
  'How do we check that the long-term actions still make sense in six months?',
  'What would we need to see to close the follow-up with confidence?',
];

export const OPTION_VERDICTS: readonly string[] = [
  'kept for later, because the chosen actions cover the same risk sooner',
  'set aside for now: it needs work from a team with no capacity this quarter',
  'discussed and merged into one of the chosen actions',
  'worth doing, but only once the chosen actions are done and measured',
  'rejected: it would move the risk to another team rather than remove it',
];

export const LOG_INTROS: readonly string[] = [
  'The logs of {service} around the start of the problem, trimmed to the lines that matter:',
  'An excerpt from the logs, as the responders saw them (host names shortened):',
  'What the logs said at the time:',
  'The first lines that pointed at the cause, from the logs of {service} and {other}:',
];

export const TABLE_INTROS: readonly string[] = [
  'A few numbers from the dashboards, against an ordinary day:',
  'How the main measures moved during the incident:',
  'The measures the responders watched, at their worst and on a normal day:',
];

/** Body headings; none may share a slug with the incident page's own sections (figures, timeline, impact, …). */
export const SECTION_TITLES = {
  happened: ['What happened', 'The incident', 'What went wrong'],
  detection: ['How we found out', 'Detection', 'Finding the problem'],
  response: ['The response', 'Bringing it under control', 'How it was handled'],
  logs: ['Log excerpt', 'What the logs showed', 'From the logs'],
  numbers: ['By the numbers', 'The numbers', 'Dashboards at the worst point'],
  decided: ['What we decided', 'What we are changing', 'After the incident'],
  background: ['Background', 'Some context', 'How the system is built'],
  questions: ['Open questions', 'Questions we could not answer yet', 'Still open'],
} as const;
