/** Causes in data and in what we depend on outside our walls. */
import type { CauseTheme } from './theme';

export const missingValidation: CauseTheme = {
  id: 'missing-validation',
  label: 'Missing data validation',
  description: 'Data was transformed or read with no check that it was complete and well-formed, so bad data passed silently.',
  types: [['integration', 3], ['deployment', 2], ['other', 1]],
  things: ['supplier feed', 'price file', 'allergen list', 'address record', 'stock snapshot', 'import batch'],
  titles: [
    'A malformed {thing} passed through {service} and reached customers',
    '{service} published an empty {thing} and {other} trusted it',
    'Bad rows in a {thing} corrupted {count} records in {service}',
    '{service} accepted a truncated {thing} without a check',
  ],
  summaries: [
    'A {thing} arrived truncated, {service} processed it as if it were complete, and {other} published the result to customers.',
    'A {thing} with malformed rows passed through {service} unchecked and overwrote {count} good records before anyone noticed.',
  ],
  rootCauses: [
    '{service} processed the {thing} without checking that it was complete and well-formed, so bad data passed silently.',
    'Nothing compared the size of each {thing} with the previous one, so an empty or truncated file looked like a normal one.',
    'Imports into {service} overwrote existing records in place, so a bad {thing} could not be undone by importing the previous one.',
  ],
  triggers: [
    'A truncated {thing} arrived for {service}',
    'The {thing} was exported with a changed column order',
    'Nightly import of the {thing} into {service} started',
  ],
  whys: [
    ['Why did customers see wrong data?', '{other} published what {service} produced from a bad {thing}.'],
    ['Why did {service} produce it?', 'It read the {thing} without checking that it was complete.'],
    ['Why is there no check?', 'The {thing} had always arrived complete, so validation was never written.'],
    ['Why did the bad data overwrite good data?', 'The import replaces records in place, with no staging step.'],
    ['Why is there no staging step?', 'The import was written as a quick script and grew into a critical path without a redesign.'],
  ],
  factors: {
    technical: [
      'The import replaced records in place, so there was no previous version to return to.',
      'The {thing} format has no row count or checksum to compare against.',
    ],
    process: [
      'The import was never reviewed as a critical path, although customers see its output.',
      'Data quality checks existed for reports but not for the operational import.',
    ],
    communication: [
      'The supplier changed its export without telling us; its notice went to a procurement address.',
      'Support saw the wrong data first, and had no way to tell it apart from a one-off mistake.',
    ],
    environmental: [
      'The supplier had an outage of its own that produced the truncated file.',
      'The import ran in the early morning, hours before anyone looked at its output.',
    ],
  },
  actions: [
    { action: 'Validate each {thing} against a schema and the previous row count before {service} imports it', horizon: 'short-term', successMetric: 'A file with 20% fewer rows than the last one is held for review' },
    { action: 'Import the {thing} into a staging table and swap it in only after checks pass', horizon: 'long-term' },
    { action: 'Keep the last seven versions of the imported data so that any import can be reverted', horizon: 'long-term' },
    { action: 'Alert the owners of {service} when an import rejects more than 1% of rows', horizon: 'short-term' },
  ],
  tags: ['data-quality', 'validation', 'imports', 'supplier-feeds'],
  learnings: [
    'Data that has always been good is not data that will always be good.',
    'An import that overwrites in place turns every bad file into a restore from backup.',
  ],
  narrative: [
    'The {thing} usually holds a few thousand rows; this one held a few hundred, and nothing asked why.',
    '{service} did what it was written to do: read the file and apply it.',
    'By the time anyone looked, the bad data had been copied to three other places.',
    'The previous {thing} was still on disk, which made the repair a matter of hours instead of days.',
    'The supplier had changed its export a week earlier, and the first file in the new format was the one that broke.',
  ],
  logs: [
    'INFO  {svc} import started: 412 rows',
    'INFO  {svc} import complete: 412 rows applied, 0 rejected',
    'WARN  {othersvc} 2980 products have no price',
    'ERROR {svc} row 118: expected 14 columns, found 9',
  ],
};

export const thirdPartyDependency: CauseTheme = {
  id: 'third-party-dependency',
  label: 'Third-party dependency',
  description: 'A provider or partner was unavailable or limited us, and our system had no fallback or limit of its own.',
  types: [['external', 8], ['integration', 2]],
  things: ['rate limit', 'regional outage', 'API change', 'maintenance window', 'throttling', 'degraded performance'],
  titles: [
    'An outage at {provider} stopped {service} for {duration}',
    '{service} had no fallback when {provider} began throttling',
    'A {thing} at {provider} delayed {other}',
    '{provider} changed its API and {service} stopped working',
  ],
  summaries: [
    '{provider} had a {thing} during our busiest hour, and {service}, which calls it on every request, had no fallback or queue to absorb it.',
    'A {thing} at {provider} slowed every call from {service}, and the slow calls held connections that {other} needed.',
  ],
  rootCauses: [
    '{service} called {provider} on every request with no fallback, queue or cache, so an outage there became an outage here.',
    'Calls from {service} to {provider} had no timeout or circuit breaker, so a slow provider tied up all of our connections.',
    'We sent {provider} more requests than our contract allowed, with no limit of our own, so throttling came as a surprise.',
  ],
  triggers: [
    '{provider} began a {thing}',
    '{provider} started throttling requests from {service}',
    'Responses from {provider} slowed to several seconds',
  ],
  whys: [
    ['Why did {service} stop working?', 'Every request waited on {provider}, which was not answering.'],
    ['Why did every request wait on it?', '{service} calls {provider} synchronously, with no fallback.'],
    ['Why is there no fallback?', 'The integration was built as a direct call because {provider} had never been down for long.'],
    ['Why did slow calls affect {other}?', 'They held connections from a pool that {other} shares.'],
    ['Why was there no circuit breaker?', 'The shared client library does not provide one, and adding it was never prioritised.'],
  ],
  factors: {
    technical: [
      'Calls to {provider} had a 60-second timeout, so slow calls held connections for a minute each.',
      '{service} had no cache of recent answers from {provider} to fall back on.',
    ],
    process: [
      'The contract limits of {provider} were known to procurement but not to the team that calls it.',
      'The status page of {provider} was not part of the on-call checklist.',
    ],
    communication: [
      '{provider} announced the change in a newsletter that went to one person who had left.',
      'Our own status page said nothing for the first hour, so support had no message to give customers.',
    ],
    environmental: [
      'The {thing} happened during a sales peak on our side.',
      'Several other customers of {provider} were affected, so its support line was slow to answer.',
    ],
  },
  actions: [
    { action: 'Put a circuit breaker with a 2-second timeout on every call from {service} to {provider}', horizon: 'short-term', successMetric: 'A provider outage degrades {service} instead of stopping it' },
    { action: 'Queue requests to {provider} and retry them when it recovers, instead of failing the customer request', horizon: 'long-term' },
    { action: 'Limit our own request rate to {provider} at 80% of the contract limit, with an alert when we reach it', horizon: 'short-term' },
    { action: 'Evaluate a second provider for the calls {service} makes and record the decision', horizon: 'long-term' },
    { action: 'Subscribe the on-call rotation of {service} to the status updates of {provider}', horizon: 'short-term' },
  ],
  tags: ['third-party', 'vendors', 'circuit-breakers', 'rate-limits'],
  learnings: [
    'Every provider will be down one day; the design choice is what we do on that day.',
    'A limit we do not enforce ourselves will be enforced on us, at the worst time.',
  ],
  narrative: [
    'The status page of {provider} turned amber twenty minutes after our first errors.',
    'There was nothing to fix on our side except how much of the outage we let through.',
    '{service} waited politely for {provider} on every request, which held every connection we had.',
    'Once the timeouts were shortened, {service} degraded instead of stopping, which is what we wanted all along.',
    'The contract with {provider} had a limit that nobody on the engineering side had read.',
  ],
  logs: [
    'ERROR {svc} call to provider failed: status 503',
    'WARN  {svc} provider responded with status 429, retry after 60 s',
    'ERROR {svc} call to provider timed out after 60000 ms',
    'WARN  {othersvc} connection pool exhausted waiting on {svc}',
  ],
};

export const dataMigration: CauseTheme = {
  id: 'data-migration',
  label: 'Data migrations and backfills',
  description: 'A migration or backfill changed production data in bulk without a dry run, a way to verify it, or a way back.',
  types: [['deployment', 3], ['process', 2], ['other', 1]],
  things: ['backfill', 'schema migration', 'data clean-up script', 'table rename', 'bulk update', 'record merge'],
  titles: [
    'A {thing} on {service} changed {count} records it was not meant to touch',
    '{service} locked up during a {thing} run in business hours',
    'A {thing} dropped data that {other} relied on',
    '{service} lost customer preferences in a {thing}',
  ],
  summaries: [
    'A {thing} on {service} was run against production without a dry run, and it changed {count} records that matched its filter by accident.',
    'A {thing} run during business hours held locks on {service} for longer than expected, and {other} timed out until it was stopped.',
  ],
  rootCauses: [
    'Bulk changes to the data of {service} could be run against production without a dry run or a count of the records they would touch.',
    'The {thing} had no way back: it changed records in place with no copy of the previous values.',
    'Long-running migrations on {service} ran in business hours with no limit on how long they could hold locks.',
  ],
  triggers: [
    'The {thing} on {service} started in production',
    'The {thing} began its second batch, which covered older records',
    'Migration step of the {thing} acquired a table lock on {service}',
  ],
  whys: [
    ['Why did customers lose data?', 'The {thing} changed records that were not meant to be part of it.'],
    ['Why did it change those records?', 'Its filter matched older records with a different format.'],
    ['Why was that not found before it ran?', 'It was tested on a copy of recent data only, and never dry-run against production.'],
    ['Why was there no dry run?', 'Nothing in the process for data changes asks for one.'],
    ['Why could the change not be reversed at once?', 'The {thing} overwrote values in place without keeping the old ones.'],
  ],
  factors: {
    technical: [
      'Older records of {service} used a format that the filter of the {thing} did not expect.',
      'The {thing} held locks for the whole batch instead of per row.',
    ],
    process: [
      'Bulk data changes had no review step separate from code review.',
      'The {thing} was scheduled for the afternoon to be watched, which was also the busiest time.',
    ],
    communication: [
      '{other} was not told that the {thing} would run.',
      'The support team learned about the {thing} from customer complaints.',
    ],
    environmental: [
      'The backup from the night before was the only copy of the old values.',
      'A release freeze ahead of the holidays compressed the schedule.',
    ],
  },
  actions: [
    { action: 'Require a dry run with a count of affected records before any {thing} on {service} runs in production', horizon: 'short-term', successMetric: 'Every bulk change has a dry-run count in its ticket before it runs' },
    { action: 'Keep the previous values of every record a {thing} changes, for seven days', horizon: 'long-term' },
    { action: 'Run migrations on {service} in small batches with a lock timeout of one second', horizon: 'short-term' },
    { action: 'Add bulk data changes to the change calendar that {other} and support can see', horizon: 'short-term' },
  ],
  tags: ['migrations', 'backfills', 'data-loss', 'locks'],
  learnings: [
    'A bulk change without a count of what it will touch is a guess executed at scale.',
    'If a change cannot be undone, the dry run is the only test that matters.',
  ],
  narrative: [
    'The {thing} had been tested on a copy of last month\'s data, where every record looked alike.',
    'Older records of {service} come from a version of the product that stored the same fact differently.',
    'Restoring the old values meant reading them back from the nightly backup, one table at a time.',
    'Stopping the {thing} took seconds; understanding what it had already done took the rest of the day.',
  ],
  logs: [
    'INFO  {svc} backfill batch 7/40: 25000 rows updated',
    'WARN  {svc} lock wait timeout exceeded on table orders',
    'ERROR {othersvc} query to {svc} cancelled after 30 s',
    'INFO  {svc} migration step 3 complete, 412 rows skipped',
  ],
};
