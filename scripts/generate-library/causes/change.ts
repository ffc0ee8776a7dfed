/** Causes in how changes reach production. */
import type { CauseTheme } from './theme';

export const configChange: CauseTheme = {
  id: 'config-change',
  label: 'Configuration change',
  description: 'A configuration, flag, schedule or DNS change took effect in production without a check of what it would do.',
  types: [['deployment', 3], ['process', 2], ['other', 1]],
  things: ['feature flag', 'timeout setting', 'DNS record', 'routing rule', 'connection-pool size', 'cron schedule', 'rate limit'],
  titles: [
    '{service} went down after a change to a {thing} reached production unchecked',
    'A {thing} change broke {service} for {duration}',
    '{service} rejected requests after a {thing} was edited in the console',
    'Changing a {thing} on {service} cut off {other}',
    '{service} slowed to a crawl after a one-line configuration change',
  ],
  summaries: [
    'A change to a {thing} for {service} was applied to every instance at once and {service} could not work with the new value.',
    'An edit to the {thing} of {service}, made in the console during routine maintenance, took effect everywhere within seconds and broke requests to {other}.',
  ],
  rootCauses: [
    'Configuration changes to {service} took effect in production immediately, with no review and no staged rollout.',
    'The configuration of {service} lived outside version control, so a change could not be reviewed, tested or rolled back like code.',
    'Nothing checked a new {thing} against the values {service} can handle before it went live.',
    'Production configuration could be changed from the console with no preview of which services read the changed key.',
  ],
  triggers: [
    'A change to the {thing} of {service} was applied in production',
    'Scheduled configuration update rolled out a new {thing} to every instance of {service}',
    'Console edit to the {thing} for {service} saved and applied',
  ],
  whys: [
    ['Why did {service} stop serving requests?', 'Its instances reloaded a configuration value they could not work with.'],
    ['Why was that value in production?', 'The {thing} was changed directly in the console, with no review step.'],
    ['Why was there no review step?', 'Configuration edits go through the console, not through the pull-request flow that code uses.'],
    ['Why did the change reach every instance at once?', 'The configuration store has no staged rollout; every instance reads a new value within seconds.'],
    ['Why did nothing reject the value before the reload?', 'No schema or range check exists for the configuration keys {service} reads.'],
    ['Why has the configuration store never been connected to the pipeline?', 'It predates the deploy pipeline, and moving it was never given an owner or a date.'],
  ],
  factors: {
    technical: [
      'Every instance of {service} picked up the new value within seconds, so there was no partial rollout to watch.',
      'The configuration store keeps no history, so the previous value had to be reconstructed from memory and screenshots.',
    ],
    process: [
      'Configuration changes were exempt from change review because they were considered low risk.',
      'The runbook for the {thing} described the console steps but not how to verify the result.',
    ],
    communication: [
      'The change was announced in the owning team\'s channel, which the on-call of {other} does not follow.',
      'The alert that fired named the symptom in {other}, not the configuration change behind it.',
    ],
    environmental: [
      'The change went out late on a Friday, when fewer people were watching dashboards.',
      'A planned maintenance window elsewhere was drawing attention from the same on-call rotation.',
    ],
  },
  actions: [
    { action: 'Move the configuration of {service} into the repository, so every change goes through review and the deploy pipeline', horizon: 'long-term', successMetric: 'No production configuration change for {service} without a linked pull request' },
    { action: 'Add a schema with allowed ranges for every configuration key {service} reads at runtime', horizon: 'short-term', successMetric: 'An out-of-range value is rejected before it is saved' },
    { action: 'Roll configuration changes out to one instance first and compare its error rate before the rest', horizon: 'long-term' },
    { action: 'Keep the last ten versions of each configuration value with a one-step restore', horizon: 'short-term' },
    { action: 'Show which services read a configuration key before a change to it can be saved', horizon: 'long-term' },
  ],
  tags: ['configuration', 'feature-flags', 'change-review', 'rollback'],
  learnings: [
    'A configuration change is a deploy without the safety net of a deploy.',
    'A value that is safe for one service can stop another service that reads the same key.',
    'When every instance changes at once, the first signal is also the full impact.',
  ],
  narrative: [
    'The {thing} had been changed many times before without trouble, which made the edit feel routine.',
    'Because the configuration store applies every change at once, the first sign of trouble came from every instance of {service} at the same moment.',
    'Restoring the old value was quick once we knew what it had been; finding out took most of the time.',
    'The console shows the current {thing} but not who reads it, so the link to {other} was invisible from where the change was made.',
    'Nobody saw a diff, because configuration changes do not produce one.',
    'The same edit in the staging environment had worked, because staging runs a single instance with a much smaller load.',
  ],
  logs: [
    'WARN  {svc} configuration reloaded: 1 key changed',
    'ERROR {svc} request rejected: limit exceeded (limit=0 window=60s)',
    'ERROR {svc} upstream {othersvc} unreachable: no route matched',
    'WARN  {svc} pool size 2 below demand, 184 requests waiting',
  ],
};

export const deployProcess: CauseTheme = {
  id: 'deploy-process',
  label: 'Deploy and rollout process',
  description: 'A change reached all of production at once, or without the checks a staged rollout would give.',
  types: [['deployment', 6], ['process', 1]],
  things: ['release', 'database migration', 'container image', 'mobile release', 'hotfix', 'dependency bump'],
  titles: [
    'A {thing} of {service} reached every customer at once and broke {other}',
    '{service} returned errors for {duration} after a {thing} with no canary',
    'Rollback of {service} took {duration} because the {thing} could not be reversed',
    'A {thing} shipped on a Friday evening took {service} down',
    '{service} served broken pages after a {thing} skipped the staging checks',
  ],
  summaries: [
    'A {thing} of {service} went to all of production in one step, and a defect that the tests did not cover reached every customer at once.',
    'A {thing} of {service} could not be rolled back quickly, so a defect found minutes after release stayed live while a fix was written.',
  ],
  rootCauses: [
    'Releases of {service} went to all of production in one step, with no canary stage to limit the impact of a defect.',
    'The deploy pipeline for {service} had no automatic rollback, so recovering from a bad release depended on a fix going forward.',
    'A {thing} could be released without the checks staging would have run, because the pipeline allowed skipping them under time pressure.',
    'Database migrations for {service} were coupled to the release, so the release could not be reversed without reversing the data.',
  ],
  triggers: [
    'The {thing} of {service} deployed to all production instances',
    'Pipeline promoted the {thing} of {service} straight from build to production',
    'The {thing} of {service} released to 100% of users',
  ],
  whys: [
    ['Why did customers see errors from {service}?', 'A release with a defect reached every instance at the same time.'],
    ['Why did the defect reach every instance?', 'The pipeline deploys to all instances in one step.'],
    ['Why is there no canary step?', 'The pipeline was built when {service} ran on two servers, and nobody revisited it as it grew.'],
    ['Why did the tests pass?', 'The defect only shows with production data volumes, which the test environment does not have.'],
    ['Why did rolling back take so long?', 'The release included a migration, and the old version could not read the migrated data.'],
    ['Why were the release and the migration coupled?', 'The pipeline runs migrations as part of the release, with no separate expand and contract steps.'],
  ],
  factors: {
    technical: [
      'The release bundled a schema migration, so the previous version could not run against the new schema.',
      'Health checks only tested that the process started, not that it could serve a real request.',
    ],
    process: [
      'The pipeline allowed skipping the staging stage with a flag, intended for emergencies.',
      'Release notes listed the changes but not the steps to reverse them.',
    ],
    communication: [
      'The teams that depend on {service} learned about the release from their own alerts.',
      'The release was announced after it went out, in a channel shared with many unrelated announcements.',
    ],
    environmental: [
      'The release went out at the end of the week, ahead of a busy weekend for orders.',
      'Two other releases went out in the same hour, which made the cause harder to isolate.',
    ],
  },
  actions: [
    { action: 'Add a canary stage that releases {service} to 5% of traffic and compares error rates before continuing', horizon: 'long-term', successMetric: 'A release with double the baseline error rate stops at the canary' },
    { action: 'Roll back automatically when the error rate of {service} doubles within ten minutes of a release', horizon: 'long-term' },
    { action: 'Split schema migrations for {service} into expand and contract steps released separately', horizon: 'long-term', successMetric: 'Any release of {service} can be rolled back without touching the schema' },
    { action: 'Remove the flag that skips the staging stage, and add a documented emergency path with a second reviewer', horizon: 'short-term' },
    { action: 'Make the health check of {service} serve a real read request before an instance takes traffic', horizon: 'short-term' },
  ],
  tags: ['deploys', 'rollback', 'canary', 'migrations'],
  learnings: [
    'A release that cannot be rolled back is a one-way door, and should be treated as one.',
    'A canary turns a full outage into a small, short one; the pipeline is where that choice is made.',
    'Passing tests say the code does what the tests check, not what production will ask of it.',
  ],
  narrative: [
    'The release looked ordinary: a handful of merged changes, all reviewed, all green in the pipeline.',
    'Within minutes of the release, every instance of {service} was running the new version, so there was no healthy part of the fleet to compare against.',
    'The first instinct was to roll back, and the rollback is where the time went: the previous version could not read what the new one had written.',
    'The fix going forward was small; writing, reviewing and releasing it under pressure was not.',
    'Staging had passed the release, with a fraction of the data and none of the traffic patterns of production.',
    'Several people on the call asked the same question: why did this reach everyone at once?',
  ],
  logs: [
    'INFO  deploy-pipeline rollout {svc} 100% of instances updated',
    'ERROR {svc} unhandled error in request handler: column does not exist',
    'ERROR {svc} health check passed, first request returned 500',
    'WARN  deploy-pipeline rollback {svc} blocked: migration is not reversible',
  ],
};

export const changeCoordination: CauseTheme = {
  id: 'change-coordination',
  label: 'Cross-team change coordination',
  description: 'One team\'s change reached another team\'s system with no mechanism to notice.',
  types: [['integration', 5], ['deployment', 2], ['process', 1]],
  things: ['response field', 'event schema', 'API version', 'message format', 'status code', 'shared library'],
  titles: [
    'A {thing} change in {service} silently broke {other}',
    '{other} misread data for {duration} after {service} changed a {thing}',
    '{other} stopped processing after an unannounced {thing} change in {service}',
    'A renamed {thing} in {service} left {other} with empty results',
  ],
  summaries: [
    'The team behind {service} changed a {thing} that {other} also read, and {other} kept running on data it no longer understood.',
    'A {thing} change in {service}, reviewed and tested inside its own team, reached {other}, whose owners had no way to learn about it in advance.',
  ],
  rootCauses: [
    'Nothing let the team that owns {service} learn which other services read the {thing} it changed.',
    'No contract tests existed between {service} and {other}, so a change to the {thing} passed both builds.',
    '{other} read the {thing} without validating it, so a changed shape was processed as if nothing had happened.',
  ],
  triggers: [
    'The {thing} change in {service} deployed',
    'New version of {service} began publishing the changed {thing}',
    'Shared client library with the changed {thing} released by the owners of {service}',
  ],
  whys: [
    ['Why did {other} produce wrong results?', 'It read a {thing} from {service} whose meaning had changed.'],
    ['Why did the change reach {other} unnoticed?', 'It was reviewed and tested inside the team that owns {service}.'],
    ['Why did that team not know {other} depended on it?', 'No catalogue lists who reads which field of which API.'],
    ['Why did {other} not reject the new shape?', 'It does not validate what it reads from {service}.'],
    ['Why is there no contract test between the two?', 'Nothing asks for one when a new consumer starts reading an API.'],
  ],
  factors: {
    technical: [
      '{other} accepted the changed {thing} without any validation, so nothing failed loudly.',
      'The changed field kept its name but not its meaning.',
    ],
    process: [
      'API changes were reviewed only by the team that owns the API.',
      'A new consumer could start reading an API without telling its owners.',
    ],
    communication: [
      'The change was announced only in the owning team\'s channel.',
      'Deprecation notices went to a mailing list that the consuming team had left.',
    ],
    environmental: [
      'Both teams were in the middle of a reorganisation, with on-call rotations changing hands.',
      'A holiday week meant that the people who knew the integration best were away.',
    ],
  },
  actions: [
    { action: 'Add contract tests between {service} and {other} that run in both builds', horizon: 'long-term', successMetric: 'A change to the {thing} fails the build of the team that makes it' },
    { action: 'Validate every message {other} reads from {service} against a schema and alert on rejects', horizon: 'short-term' },
    { action: 'Record the consumers of each API of {service} in the service catalogue', horizon: 'long-term' },
    { action: 'Publish API changes of {service} in the shared engineering changelog with a two-week notice', horizon: 'short-term' },
    { action: 'Version the {thing} so that old consumers keep the old shape until they move', horizon: 'long-term' },
  ],
  tags: ['api-contracts', 'integrations', 'schemas', 'cross-team'],
  learnings: [
    'A consumer that does not validate its input turns an interface change into silent corruption.',
    'The team that changes an API needs a way to know who reads it; goodwill does not scale.',
  ],
  narrative: [
    'The change was small and well intentioned, and inside its own team it was reviewed with care.',
    'Nothing in {other} failed; it kept working, on data whose meaning had moved underneath it.',
    'The owners of {service} learned that {other} read the {thing} from the incident channel.',
    'Both teams were right about their own systems, and neither could see the line between them.',
    'The gap was not in either service, but in the space between two teams that rarely talk.',
  ],
  logs: [
    'WARN  {othersvc} field missing in response from {svc}, using default',
    'INFO  {othersvc} batch complete: 0 records rejected',
    'ERROR {othersvc} cannot parse message from {svc}: unexpected type',
    'INFO  {svc} serving api version 3 to all clients',
  ],
};

export const dependencyUpgrade: CauseTheme = {
  id: 'dependency-upgrade',
  label: 'Library and platform upgrades',
  description: 'An upgrade of a library, runtime or base image changed behaviour the service relied on, and nothing tested that behaviour.',
  types: [['deployment', 4], ['other', 2], ['integration', 1]],
  things: ['HTTP client library', 'runtime version', 'base image', 'database driver', 'TLS library', 'serialisation library'],
  titles: [
    'An upgraded {thing} changed how {service} handled timeouts',
    '{service} dropped requests after a routine {thing} upgrade',
    'A {thing} upgrade doubled the memory use of {service}',
    'Automatic {thing} update broke connections from {service} to {other}',
  ],
  summaries: [
    'A routine upgrade of the {thing} used by {service} changed a default that the service relied on without saying so.',
    'An automated pull request upgraded the {thing} of {service}; the tests passed, and the changed behaviour only showed under production load.',
  ],
  rootCauses: [
    'Upgrades of the {thing} were merged on passing unit tests alone, with nothing exercising the behaviour {service} relied on.',
    '{service} relied on a default of the {thing} instead of setting the value explicitly, so an upgrade could change it silently.',
    'Dependency upgrades for {service} were batched and released together, so a change in behaviour could not be traced to one of them.',
  ],
  triggers: [
    'Release of {service} with the upgraded {thing} deployed',
    'Automated upgrade of the {thing} merged and released for {service}',
    'New base image with an upgraded {thing} rolled out to {service}',
  ],
  whys: [
    ['Why did {service} start dropping requests?', 'Its connections to {other} began timing out far sooner than before.'],
    ['Why did the timeouts change?', 'The upgraded {thing} has a different default, and {service} never set the value itself.'],
    ['Why did the tests not catch it?', 'The tests run against stubs that answer instantly, so no timeout is ever reached.'],
    ['Why was the upgrade merged with only those tests?', 'Automated upgrade pull requests are merged when the build is green.'],
    ['Why did nobody read the change notes?', 'Upgrades arrive in batches of a dozen, and no one owns reading them.'],
  ],
  factors: {
    technical: [
      '{service} relied on library defaults for timeouts and pool sizes instead of explicit settings.',
      'The test suite used stubs that never exercise timeouts or slow responses.',
    ],
    process: [
      'Automated dependency upgrades were merged on a green build, with no owner reading the change notes.',
      'Several upgrades went out in one release, which made the responsible one hard to find.',
    ],
    communication: [
      'The library\'s change notes mentioned the new default, in a section few people read.',
      'The platform team changed the base image without a notice to the teams using it.',
    ],
    environmental: [
      'The upgrade coincided with the busiest hour of the week.',
      'The team that owns {service} was at an offsite with limited time for reviews.',
    ],
  },
  actions: [
    { action: 'Set timeouts and pool sizes of {service} explicitly instead of relying on the defaults of the {thing}', horizon: 'short-term', successMetric: 'No client in {service} is built without explicit timeouts' },
    { action: 'Add a load test with realistic response times to the pipeline of {service}', horizon: 'long-term' },
    { action: 'Release dependency upgrades one at a time, each with the change notes summarised in the pull request', horizon: 'short-term' },
    { action: 'Name an owner for reading the change notes of major upgrades of shared libraries each month', horizon: 'long-term' },
  ],
  tags: ['dependencies', 'upgrades', 'timeouts', 'libraries'],
  learnings: [
    'A default you did not choose is a setting someone else can change for you.',
    'Green tests on an upgrade mean the tests still pass, not that the behaviour is the same.',
  ],
  narrative: [
    'The upgrade was one of a dozen that the bot opens every week, and like most of them it was merged after a green build.',
    'The new version of the {thing} documents the changed default on page three of its release notes.',
    'Under test, every call to {other} returns at once; in production, a few hundred milliseconds is normal.',
    'Pinning the old version stopped the errors within minutes, which confirmed the cause before anyone had read the diff.',
  ],
  logs: [
    'ERROR {svc} call to {othersvc} timed out after 1000 ms',
    'WARN  {svc} connection pool exhausted, 96 waiting',
    'INFO  {svc} starting with runtime 22.4.1',
    'ERROR {svc} heap usage 94%, garbage collection taking 800 ms',
  ],
};
