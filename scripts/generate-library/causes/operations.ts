/** Causes in how the organisation operates and watches its systems. */
import type { CauseTheme } from './theme';

export const expiringCredentials: CauseTheme = {
  id: 'expiring-credentials',
  label: 'Expiring certificates and credentials',
  description: 'A certificate, token, key or registration expired with nothing tracking its expiry date or renewing it.',
  types: [['process', 3], ['external', 2], ['integration', 2]],
  things: ['TLS certificate', 'API credential', 'signing certificate', 'domain registration', 'service account key', 'push certificate'],
  titles: [
    '{service} stopped working when its {thing} expired',
    'An expired {thing} cut {service} off from {other}',
    'The {thing} of {service} expired with nothing tracking its date',
    '{other} rejected calls from {service} for {duration} after a {thing} expired',
  ],
  summaries: [
    'The {thing} used by {service} expired overnight, and every call to {other} was rejected from that moment.',
    'A {thing} that is renewed by hand once a year reached its expiry date, and {service} lost its connection to {provider}.',
  ],
  rootCauses: [
    'The {thing} of {service} was renewed by hand, with nothing tracking its expiry date or alerting before it.',
    'Expiry reminders for the {thing} went to a mailbox that nobody monitored any more.',
    'No inventory of certificates and credentials existed, so the {thing} of {service} had no owner and no renewal date on record.',
  ],
  triggers: [
    'The {thing} of {service} reached its expiry time',
    'The {thing} used to call {other} expired',
    'Renewal reminder for the {thing} delivered to an unmonitored mailbox',
  ],
  whys: [
    ['Why did calls from {service} start failing?', '{other} rejected them because the {thing} had expired.'],
    ['Why had the {thing} expired?', 'It is renewed by hand once a year, and the renewal did not happen.'],
    ['Why did the renewal not happen?', 'The reminders went to a mailbox that was no longer read.'],
    ['Why did nothing else warn us?', 'No list of credentials and their expiry dates existed, and no alert watched them.'],
    ['Why was there no such list?', 'Credentials were bought and installed by each team on its own, with no shared record.'],
  ],
  factors: {
    technical: [
      'The {thing} could not be renewed automatically because of how {provider} accepts credentials.',
      'The error returned by {other} was a generic rejection that did not mention expiry.',
    ],
    process: [
      'Credential renewals were handled per team, with no shared record of what expires when.',
      'The renewal steps were written down only in the notes of the person who did them last year.',
    ],
    communication: [
      'Expiry reminders were sent to a mailbox that was no longer read.',
      'The team that installed the {thing} had since handed {service} to another team.',
    ],
    environmental: [
      'The expiry fell on a weekend, so the first people to notice were customers.',
      'The renewal needed a purchase approval, which took a day during a holiday week.',
    ],
  },
  actions: [
    { action: 'Build one inventory of every certificate and credential with an expiry date, its owner and its renewal method', horizon: 'long-term', successMetric: 'Every credential found by a scan of our endpoints is in the inventory' },
    { action: 'Alert the owning team 30, 14 and 7 days before any credential in the inventory expires', horizon: 'short-term' },
    { action: 'Move the {thing} of {service} to automatic renewal', horizon: 'long-term' },
    { action: 'Send renewal reminders for the {thing} to the on-call mailbox of the team that owns {service}', horizon: 'short-term' },
    { action: 'Add a synthetic check that calls {other} through {service} every five minutes and pages on rejection', horizon: 'short-term' },
  ],
  tags: ['certificates', 'credentials', 'expiry', 'renewals'],
  learnings: [
    'Anything with an expiry date needs an owner and an alert, or it will expire on a weekend.',
    'Silence is a signal: an integration that usually sends a thousand events an hour and sends none is broken.',
  ],
  narrative: [
    'The {thing} had been installed a year earlier by someone who has since moved to another team.',
    'The renewal reminders had been arriving for a month, in a mailbox that nobody read any more.',
    'Once the expired {thing} was found, renewing it took under an hour, most of it spent on approvals.',
    'The error from {other} said only that the request was rejected, so the first hour went on checking our own changes.',
    'It was the third expired credential in a year, which is what turned a quick fix into an inventory project.',
  ],
  logs: [
    'ERROR {svc} handshake with {othersvc} failed: certificate has expired',
    'ERROR {svc} call to {othersvc} rejected: status 401',
    'WARN  {svc} credential expires in 0 days',
    'INFO  certificate-manager no record found for {svc}',
  ],
};

export const manualProcess: CauseTheme = {
  id: 'manual-process',
  label: 'Untracked manual process',
  description: 'A recurring obligation relied on manual steps with no tracking of deadlines or completeness.',
  types: [['process', 6], ['other', 1]],
  things: ['monthly export', 'supplier price upload', 'data request', 'stock count', 'rota update', 'tax report'],
  titles: [
    'A missed {thing} left {service} working from old data',
    'The {thing} for {service} was skipped while its owner was away',
    '{other} received an incomplete {thing} from {service}',
    'A {thing} done by hand put {service} past its deadline',
  ],
  summaries: [
    'The {thing} that feeds {service} is done by hand each cycle, and this cycle it was not done, so {service} worked from data a month old.',
    'A step of the {thing} for {service} was skipped during a handover, and {other} received an incomplete file without anyone noticing.',
  ],
  rootCauses: [
    'The {thing} for {service} depended on one person remembering a sequence of manual steps, with no tracking of the deadline or of completion.',
    'Nothing checked that the {thing} had been done, or that its output was complete, before {service} used it.',
    'The {thing} had no written procedure and no backup owner, so an absence stopped it.',
  ],
  triggers: [
    'The deadline for the {thing} passed without it being done',
    'The {thing} was run with a step skipped',
    'The person who runs the {thing} went on planned leave without a handover',
  ],
  whys: [
    ['Why did {service} use old data?', 'The {thing} that refreshes it had not been done.'],
    ['Why had the {thing} not been done?', 'It is done by hand, and the person who does it was away.'],
    ['Why did nobody else do it?', 'Nobody else knew it existed or when it was due.'],
    ['Why did nothing flag the missing {thing}?', '{service} accepts old data without checking its date.'],
    ['Why is the {thing} manual at all?', 'It started as a one-off and became routine without ever being automated or tracked.'],
  ],
  factors: {
    technical: [
      '{service} accepted input of any age without checking when it was produced.',
      'The steps of the {thing} lived in a personal document, not in the team\'s runbooks.',
    ],
    process: [
      'The {thing} had no backup owner and no entry in the team\'s recurring calendar.',
      'Handovers before leave had no checklist of recurring duties.',
    ],
    communication: [
      '{other} noticed the stale numbers but assumed they were a known delay.',
      'The reminder for the {thing} was a personal calendar entry.',
    ],
    environmental: [
      'The deadline fell in the summer holiday period, when half the team was away.',
      'A reorganisation had moved the task between teams twice in a year.',
    ],
  },
  actions: [
    { action: 'Automate the {thing} for {service} as a scheduled job with an alert on failure', horizon: 'long-term', successMetric: 'The {thing} runs without anyone starting it, for three cycles in a row' },
    { action: 'Make {service} reject input older than one cycle and alert its owners', horizon: 'short-term' },
    { action: 'Write the steps of the {thing} into the team runbook and name a backup owner', horizon: 'short-term' },
    { action: 'Add recurring duties to the leave handover checklist of the team that owns {service}', horizon: 'short-term' },
    { action: 'Track every recurring manual task of the team in one calendar with owners and deadlines', horizon: 'long-term' },
  ],
  tags: ['manual-process', 'runbooks', 'deadlines', 'handover'],
  learnings: [
    'A task that depends on one person\'s memory is a task with a single point of failure.',
    'A consumer that checks how old its input is turns a silent gap into a loud one.',
  ],
  narrative: [
    'The {thing} has been done by hand every cycle for three years, and for three years it was done on time.',
    'Nothing in the system knew the {thing} was due; the only reminder was in one person\'s calendar.',
    'When the deadline passed, {service} carried on with the data it had, which was what it was built to do.',
    'The steps were easy once found: they were in a document that only one person had bookmarked.',
    'Several people had noticed something odd in the numbers; each assumed someone else knew why.',
  ],
  logs: [
    'INFO  {svc} loaded input file dated 31 days ago',
    'WARN  {svc} input row count 0 for region north',
    'INFO  {svc} using cached data, no new upload found',
    'WARN  {othersvc} received file with 412 of 3018 expected rows',
  ],
};

export const alertingGaps: CauseTheme = {
  id: 'alerting-gaps',
  label: 'Alerting gaps',
  description: 'The condition was measurable, but no alert covered it, or the alert went where nobody would see it.',
  types: [['other', 3], ['process', 2], ['integration', 1]],
  things: ['error rate', 'queue depth', 'event rate', 'job completion', 'replication lag', 'synthetic check'],
  titles: [
    '{service} was broken for {duration} before anyone knew',
    'A drop in the {thing} of {service} went unnoticed overnight',
    'The {thing} alert for {service} paged a channel nobody watched',
    '{other} learned from customers that {service} had stopped',
  ],
  summaries: [
    'The {thing} of {service} moved far outside its normal range, but no alert covered it, so the problem ran until customers reported it.',
    'An alert on the {thing} of {service} fired as designed, but it went to a channel that nobody was watching at that hour.',
  ],
  rootCauses: [
    'The {thing} of {service} was measured on a dashboard but no alert covered it, so a problem there was found only by its effects.',
    'Alerts for {service} were routed to a chat channel instead of the on-call pager, so they were seen only in working hours.',
    'The alerts of {service} watched for errors but not for silence, so a stop in traffic looked like a quiet day.',
  ],
  triggers: [
    '{service} stopped processing new work',
    'The {thing} of {service} left its normal range',
    'A worker pool in {service} stalled after a network blip',
  ],
  whys: [
    ['Why did the problem last so long?', 'Nobody knew about it until customers reported it.'],
    ['Why did nobody know?', 'No alert covered the {thing} of {service}.'],
    ['Why was there no alert?', 'The dashboards were built for investigating incidents, not for detecting them.'],
    ['Why did the existing alerts stay quiet?', 'They watched for errors, and a stopped service produces none.'],
    ['Why was that gap not found earlier?', 'No review checks alerts against the ways a service can fail.'],
  ],
  factors: {
    technical: [
      'The {thing} of {service} was graphed but had no alert threshold.',
      'Error-based alerts could not fire when no requests were being processed at all.',
    ],
    process: [
      'New services went live with a dashboard but no agreed set of alerts.',
      'Alert routing had not been reviewed since the team took over {service}.',
    ],
    communication: [
      'The alert went to a chat channel that is read only in office hours.',
      'Customer reports reached support first, and took an hour to reach engineering.',
    ],
    environmental: [
      'The problem started overnight, when traffic and attention are both low.',
      'Another, louder incident was running at the same time.',
    ],
  },
  actions: [
    { action: 'Alert on the {thing} of {service} with a threshold based on the same hour last week, routed to the pager', horizon: 'short-term', successMetric: 'A replay of this incident pages within ten minutes' },
    { action: 'Add an alert that fires when {service} processes nothing for fifteen minutes in business hours', horizon: 'short-term' },
    { action: 'Route every paging alert of {service} to the on-call pager instead of a chat channel', horizon: 'short-term' },
    { action: 'Review the alerts of each tier-one service against its known failure modes every quarter', horizon: 'long-term' },
    { action: 'Give support a one-step way to open an incident for engineering', horizon: 'long-term' },
  ],
  tags: ['alerting', 'monitoring', 'on-call', 'detection'],
  learnings: [
    'Dashboards help you investigate; alerts help you find out. They are different tools.',
    'An alert that goes where nobody looks is a log line with extra steps.',
    'Alerts on errors miss the failure that produces no errors at all: silence.',
  ],
  narrative: [
    'Everything needed to see the problem was on a dashboard; nobody was looking at it.',
    'The graph of the {thing} tells the whole story in hindsight: a sharp step at the start, and a flat line until the fix.',
    'The alerts that did exist stayed green, because they measured errors and a stopped service makes none.',
    'Support saw the first complaints and treated them as individual cases until the pattern was clear.',
    'Detection, not repair, was where the time went: the fix took minutes once someone knew where to look.',
  ],
  logs: [
    'INFO  {svc} worker pool idle, 0 jobs in the last 600 s',
    'WARN  alert-router notification for {svc} delivered to chat channel',
    'INFO  {svc} health check ok',
    'WARN  {othersvc} no events received from {svc} in 45 min',
  ],
};

export const untestedFailover: CauseTheme = {
  id: 'untested-failover',
  label: 'Untested failover and recovery',
  description: 'A failover, backup or recovery path existed on paper but had not been exercised, and did not work when it was needed.',
  types: [['other', 3], ['external', 2], ['process', 1]],
  things: ['database failover', 'backup restore', 'secondary region', 'standby replica', 'disaster-recovery runbook', 'fallback provider'],
  titles: [
    'The {thing} for {service} did not work when it was needed',
    '{service} stayed down for {duration} because the {thing} had never been tested',
    'A {thing} of {service} took hours instead of minutes',
    'Switching {service} to the {thing} exposed a stale configuration',
  ],
  summaries: [
    'When the primary of {service} went down, the {thing} was started as planned, and it did not come up because it had drifted from production.',
    'A routine problem in {service} turned into a long outage when the {thing} turned out to be missing a step that nobody had exercised.',
  ],
  rootCauses: [
    'The {thing} for {service} was documented but had never been exercised, so its drift from production went unnoticed.',
    'The {thing} depended on settings that were updated in production but not in the standby, with nothing comparing the two.',
    'Recovery of {service} relied on a runbook last run two years ago, written for an architecture that no longer exists.',
  ],
  triggers: [
    'The primary instance of {service} became unavailable',
    'A zone outage at the cloud provider took down the primary of {service}',
    'Storage for {service} was corrupted during routine maintenance',
  ],
  whys: [
    ['Why did {service} stay down so long?', 'The {thing} did not work and had to be repaired during the incident.'],
    ['Why did it not work?', 'It had drifted from production: a setting added last year was missing.'],
    ['Why had nobody noticed the drift?', 'The {thing} had never been exercised since it was set up.'],
    ['Why had it never been exercised?', 'Exercising it means planned downtime, and no one owned scheduling it.'],
    ['Why does it need downtime?', 'The architecture of {service} has no way to test the {thing} on a copy.'],
  ],
  factors: {
    technical: [
      'The standby for {service} was missing configuration added after it was built.',
      'The {thing} required steps in three consoles, in a specific order.',
    ],
    process: [
      'Recovery exercises were planned each year and postponed each year.',
      'The runbook for the {thing} had no owner and no review date.',
    ],
    communication: [
      'The people who built the {thing} had moved to other teams, and the runbook assumed their knowledge.',
      'Status updates during the outage promised recovery times based on the runbook\'s estimate.',
    ],
    environmental: [
      'The outage at the provider affected several of our services at once, splitting attention.',
      'It happened during the evening peak, so every minute of downtime cost orders.',
    ],
  },
  actions: [
    { action: 'Exercise the {thing} for {service} every quarter, with the result recorded in the runbook', horizon: 'long-term', successMetric: 'Four successful exercises in a row, each under 15 minutes' },
    { action: 'Compare the configuration of the standby with production every night and alert on differences', horizon: 'short-term' },
    { action: 'Script the {thing} so that it runs as one command instead of steps in three consoles', horizon: 'long-term' },
    { action: 'Name an owner for the recovery runbook of {service} and review it after every architecture change', horizon: 'short-term' },
  ],
  tags: ['failover', 'disaster-recovery', 'backups', 'runbooks'],
  learnings: [
    'A recovery path that has never been used is a hypothesis, not a plan.',
    'Standby systems drift unless something keeps comparing them with production.',
  ],
  narrative: [
    'The first failure was ordinary and expected; the {thing} was supposed to make it a non-event.',
    'Half an hour into the recovery it was clear that the runbook described a system that no longer existed.',
    'The missing setting was found by comparing the standby with production line by line.',
    'Everyone on the call knew the {thing} existed; nobody on the call had ever seen it used.',
    'Once the standby was corrected, the switch itself took four minutes, which is what the runbook had promised all along.',
  ],
  logs: [
    'ERROR {svc} primary unreachable, starting failover',
    'ERROR {svc} standby refused connections: unknown setting',
    'WARN  {svc} restore progress 12%, estimated 3 h remaining',
    'INFO  {svc} promoted standby to primary',
  ],
};
