/** Causes in how systems behave under load and repetition. */
import type { CauseTheme } from './theme';

export const capacityPlanning: CauseTheme = {
  id: 'capacity-planning',
  label: 'Capacity for scheduled load',
  description: 'A known, scheduled load (month-end runs, promotions, weekly openings) was larger than what the system was sized or tested for.',
  types: [['process', 3], ['other', 2], ['deployment', 1]],
  things: ['month-end run', 'promotion launch', 'weekly menu opening', 'holiday peak', 'marketing email blast', 'batch import'],
  titles: [
    'The {thing} overloaded {service} and slowed {other}',
    '{service} ran out of capacity during the {thing}',
    'A {thing} twice the size of last year took {service} down for {duration}',
    '{other} timed out while the {thing} saturated {service}',
  ],
  summaries: [
    'The {thing} sent far more load to {service} than it had ever been tested with, and {service} slowed until requests from {other} timed out.',
    'The {thing}, known weeks in advance, arrived with twice the volume of the last one, and {service} ran out of connections in the first hour.',
  ],
  rootCauses: [
    'The capacity of {service} was sized for average days, and nothing compared scheduled peaks like the {thing} with what it could handle.',
    'Scheduled high-load events were planned by the business without a capacity check by the teams whose services carry the load.',
    '{service} shared one database with {other}, so load from the {thing} slowed both with no way to prioritise.',
  ],
  triggers: [
    'The {thing} began on schedule',
    'Traffic from the {thing} started to arrive at {service}',
    'Scheduled job for the {thing} started with the full list of accounts',
  ],
  whys: [
    ['Why did {other} time out?', 'It waited on {service}, which had stopped answering within its deadline.'],
    ['Why did {service} stop answering in time?', 'The {thing} sent three times its usual load, and every connection was in use.'],
    ['Why was it not sized for that load?', 'Its capacity was set for an average day and never tested against the {thing}.'],
    ['Why was the {thing} not tested in advance?', 'Scheduled peaks are planned in the business calendar, which engineering does not see.'],
    ['Why does engineering not see that calendar?', 'No step in planning a promotion or a run asks the owners of the services that carry it.'],
  ],
  factors: {
    technical: [
      '{service} and {other} shared one connection pool, so load on one starved the other.',
      'Autoscaling was capped at a limit set two years earlier.',
    ],
    process: [
      'The {thing} was scheduled by the business without a capacity review.',
      'Load tests existed but were last run before the customer base doubled.',
    ],
    communication: [
      'The size of the {thing} was known to marketing but not to the team that runs {service}.',
      'The alert that fired went to a channel muted during the working day.',
    ],
    environmental: [
      'The {thing} coincided with the start of a national holiday, which raised order volumes further.',
      'A competitor outage sent extra customers our way on the same day.',
    ],
  },
  actions: [
    { action: 'Run a load test of {service} at twice the expected volume two weeks before each {thing}', horizon: 'long-term', successMetric: 'Every scheduled peak in the calendar has a load-test result attached' },
    { action: 'Give {service} and {other} separate connection pools with their own limits', horizon: 'short-term' },
    { action: 'Add the owners of {service} as reviewers of every scheduled high-load event in the business calendar', horizon: 'short-term' },
    { action: 'Raise the autoscaling limit of {service} and alert at 80% of it', horizon: 'short-term' },
    { action: 'Spread the {thing} over four hours instead of starting every account at once', horizon: 'long-term' },
  ],
  tags: ['capacity', 'load-testing', 'scaling', 'peak-load'],
  learnings: [
    'A scheduled load is the easiest kind to prepare for, and the easiest kind to forget.',
    'Shared pools couple the failures of the services that share them.',
  ],
  narrative: [
    'The {thing} was in the calendar for weeks; its size was not.',
    'In the first ten minutes {service} handled the load; in the next ten its queues grew faster than they drained.',
    'Adding capacity helped only after the backlog from the first hour had been worked through.',
    'Last year the same event had sent half the traffic, and the capacity plan was still the one from then.',
    'Splitting the run into batches took the pressure off at once, which showed how close to the edge the service had been all along.',
  ],
  logs: [
    'WARN  {svc} connection pool 100/100 in use, 340 waiting',
    'ERROR {othersvc} request to {svc} timed out after 5000 ms',
    'WARN  {svc} queue depth 48210, consumers 8/8 busy',
    'INFO  autoscaler {svc} at maximum of 12 instances',
  ],
};

export const unsafeRetries: CauseTheme = {
  id: 'unsafe-retries',
  label: 'Retries without idempotency',
  description: 'A retry or redelivery repeated an action that had already taken effect, because nothing recorded it.',
  types: [['integration', 3], ['deployment', 1], ['other', 2]],
  things: ['payment request', 'delivery notification', 'order confirmation', 'refund', 'stock reservation', 'webhook'],
  titles: [
    'Retries in {service} sent each {thing} twice',
    'A redelivered {thing} was processed again by {service}',
    '{service} repeated {count} {thing}s after a slow response from {other}',
    'Customers received duplicate {thing}s when {service} retried after a timeout',
  ],
  summaries: [
    'When {other} answered slowly, {service} retried each {thing} and carried out both the first attempt and the retry.',
    'A redelivery from the queue made {service} process {count} {thing}s a second time, because nothing recorded which ones it had already handled.',
  ],
  rootCauses: [
    '{service} retried a {thing} after a timeout without an idempotency key, so a slow success and its retry both took effect.',
    'The queue delivers each message at least once, and {service} had no record of which {thing}s it had already processed.',
    'Timeouts in {service} were shorter than the normal response time of {other} under load, which turned slow successes into retries.',
  ],
  triggers: [
    '{other} began answering slowly under load',
    'Queue redelivered {count} unacknowledged messages to {service}',
    'Client timeout in {service} shortened as part of a latency improvement',
  ],
  whys: [
    ['Why did customers get each {thing} twice?', '{service} sent it, timed out waiting for the answer, and sent it again.'],
    ['Why did the first attempt count?', '{other} had completed it; the answer arrived after {service} had stopped waiting.'],
    ['Why did {other} accept the retry as a new request?', 'The requests carried no idempotency key, so they looked different.'],
    ['Why was there no key?', 'The client in {service} was written before {other} supported keys, and was never updated.'],
    ['Why did the timeout fire at all?', 'It was shorter than the normal response time of {other} at peak.'],
  ],
  factors: {
    technical: [
      'The client timeout in {service} was shorter than the slowest normal response of {other}.',
      'Messages were acknowledged only after processing, so a slow handler caused redeliveries.',
    ],
    process: [
      'No design review checklist asked whether a retried operation is safe to repeat.',
      'The retry policy was copied from a read-only client to one that changes data.',
    ],
    communication: [
      'The documentation of {other} recommended idempotency keys, in a page the team had not seen.',
      'Support saw duplicate {thing}s as separate complaints for the first hour.',
    ],
    environmental: [
      'A network slowdown in one zone made responses slower than usual.',
      'The slow responses happened during the evening peak, the worst time for duplicates.',
    ],
  },
  actions: [
    { action: 'Send an idempotency key with every {thing} from {service} to {other}', horizon: 'short-term', successMetric: 'A repeated request with the same key has no second effect' },
    { action: 'Record processed message ids in {service} and skip any message seen before', horizon: 'long-term' },
    { action: 'Set client timeouts in {service} from measured response times, with an alert when they come close', horizon: 'short-term' },
    { action: 'Add a duplicate check to the nightly reconciliation that flags any {thing} sent twice within an hour', horizon: 'long-term' },
    { action: 'Add "is this safe to repeat?" to the design review template for every operation that changes data', horizon: 'long-term' },
  ],
  tags: ['retries', 'idempotency', 'queues', 'duplicates'],
  learnings: [
    'A timeout does not mean the other side did nothing; it means we stopped waiting.',
    'At-least-once delivery is a promise of duplicates; the consumer has to keep its side of it.',
  ],
  narrative: [
    'From the point of view of {service}, each attempt had timed out; from the point of view of {other}, each one had succeeded.',
    'Nothing was wrong with either service on its own: the duplicates came from the way they talked to each other.',
    'The retry logic did exactly what it was written to do, and that was the problem.',
    'Counting the duplicates took longer than stopping them, because the two attempts looked like two honest requests.',
    'Support recognised the pattern once three customers described the same double {thing} in the same hour.',
  ],
  logs: [
    'WARN  {svc} call to {othersvc} timed out after 2000 ms, retry 1/3',
    'INFO  {othersvc} request accepted, processing time 2480 ms',
    'WARN  message-bus redelivering 4120 unacknowledged messages to {svc}',
    'INFO  {svc} processed message, acknowledged after 31 s',
  ],
};

export const resourceLimits: CauseTheme = {
  id: 'resource-limits',
  label: 'Unbounded resource use',
  description: 'Disk, memory, connections or file handles grew without a limit or an alert until something ran out.',
  types: [['other', 4], ['deployment', 1], ['process', 1]],
  things: ['disk', 'memory', 'connection count', 'file handles', 'log volume', 'temporary table'],
  titles: [
    '{service} stopped when its {thing} ran out',
    'Growing {thing} use took {service} down after weeks of slow growth',
    'A full {thing} on {service} stopped writes for {duration}',
    '{service} restarted in a loop after its {thing} reached the limit',
  ],
  summaries: [
    'The {thing} of {service} grew a little every day for weeks until it reached its limit, and {service} stopped accepting writes.',
    'A leak in {service} used up its {thing} over several days; when it ran out, the service restarted in a loop and {other} lost its data source.',
  ],
  rootCauses: [
    'The {thing} of {service} had no limit and no alert on its growth, so it grew unseen until it ran out.',
    'Housekeeping for {service} depended on a cleanup job that had stopped months earlier with nothing to notice its absence.',
    '{service} opened a resource for each request and released it only on success, so errors leaked it.',
  ],
  triggers: [
    'The {thing} of {service} reached its limit',
    'Cleanup job for {service} stopped running after a schedule change',
    'Release of {service} that opened a new connection per request deployed',
  ],
  whys: [
    ['Why did {service} stop?', 'Its {thing} ran out.'],
    ['Why did it run out?', 'It had grown steadily for weeks with nothing releasing it.'],
    ['Why did nobody see it grow?', 'No alert watched the {thing}, only the error rate.'],
    ['Why was nothing releasing it?', 'The cleanup job had stopped, and nothing checked that it ran.'],
    ['Why was there no limit?', 'The service was built with defaults that assumed a much smaller volume.'],
  ],
  factors: {
    technical: [
      'No alert watched the {thing} of {service}; the first alert came when requests failed.',
      'The cleanup job exited successfully even when it deleted nothing.',
    ],
    process: [
      'Capacity reviews covered compute but not disks, handles or connections.',
      'The cleanup job had no owner after the team that wrote it was merged into another.',
    ],
    communication: [
      'A warning about the {thing} appeared in a weekly report that nobody was asked to act on.',
      'The platform team had changed the default limits without a notice to service owners.',
    ],
    environmental: [
      'Order volume had grown by half over the quarter, which sped up the growth.',
      'A long weekend meant nobody looked at the dashboards for three days.',
    ],
  },
  actions: [
    { action: 'Alert when the {thing} of {service} passes 75% of its limit, with the growth rate in the alert', horizon: 'short-term', successMetric: 'The alert fires at least a week before the limit is reached' },
    { action: 'Make the cleanup job for {service} report what it deleted, and alert when a run deletes nothing for three days', horizon: 'short-term' },
    { action: 'Release resources in {service} in a finally block and add a test that fails on a leak', horizon: 'short-term' },
    { action: 'Add disks, handles and connections to the quarterly capacity review template', horizon: 'long-term' },
    { action: 'Set explicit limits for the {thing} of every service on the container platform', horizon: 'long-term' },
  ],
  tags: ['disk-space', 'memory', 'resource-limits', 'cleanup-jobs'],
  learnings: [
    'Slow growth is invisible to alerts that only watch errors.',
    'A job that can stop without anyone noticing will, eventually.',
  ],
  narrative: [
    'The graph of the {thing} is a straight line going up for six weeks, then a cliff.',
    'Nothing happened on the day itself; the incident had been on its way for weeks.',
    'Freeing space took minutes; working out what was safe to delete took much longer.',
    'The cleanup job that used to keep the {thing} in check had not run since a scheduler migration.',
    'Once the service was back, the more important question was how many other services had the same slope.',
  ],
  logs: [
    'ERROR {svc} write failed: no space left on device',
    'WARN  {svc} open file handles 65012 of 65536',
    'ERROR {svc} out of memory, process killed (restart 14)',
    'INFO  job-scheduler cleanup for {svc} skipped: no schedule found',
  ],
};
