/**
 * The post-mortem format as one set of zod schemas, used by the content collections, the
 * standalone validator and the tests. Field names and meanings are the format contract's; each
 * field carries a one-line doc that the validator quotes when the field is missing.
 */
import { z } from 'astro/zod';
import { isWebUrl } from './write-up/allowlist';

/** Lower-case kebab-case, the form of every registry id, tag and write-up slug. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A write-up id: the incident date, then a kebab-case slug. */
export const WRITE_UP_ID = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const INCIDENT_TYPES = ['deployment', 'integration', 'external', 'process', 'other'] as const;
export const EVENT_KINDS = [
  'trigger',
  'impact',
  'signal',
  'missed-signal',
  'detected',
  'action',
  'mitigated',
  'resolved',
  'communication',
] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export const FACTOR_KINDS = ['technical', 'process', 'communication', 'environmental'] as const;
export const HORIZONS = ['short-term', 'long-term'] as const;
export const VISIBILITIES = ['internal', 'public'] as const;
export const DETECTION_SOURCES = ['monitoring', 'synthetic', 'customer', 'internal-report', 'third-party', 'audit', 'other'] as const;

export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type FactorKind = (typeof FACTOR_KINDS)[number];
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

const id = (what: string) =>
  z
    .string({ error: `must be ${what} id (text)` })
    .regex(KEBAB_CASE, { error: `must be ${what} id in lower-case kebab-case, like "subscription-api"` });

/** A calendar day, `YYYY-MM-DD`, kept as written (never shifted by a time zone). */
export const calendarDay = z.iso.date({ error: 'must be a real calendar date written as YYYY-MM-DD, like 2024-03-06' });

/** A moment with its UTC offset, ISO 8601. */
export const timestamp = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 timestamp with seconds and a UTC offset, like 2024-03-05T16:47:00-05:00 (or ending in Z for UTC)',
});

/** A link taken from data (a ticket, a change, the repository): the web only, never a script or a file. */
export const webUrl = (example: string) =>
  z
    .string({ error: `must be an http:// or https:// address, like ${example}` })
    .refine(isWebUrl, {
      error: `must be an http:// or https:// address written plainly (no spaces or control characters), like ${example}`,
      params: { rule: 'url-scheme' },
    })
    .meta({ format: 'uri' });

const text = (what = 'text') => z.string({ error: `must be ${what}` }).trim().min(1, { error: 'must not be empty' });

// ---------------------------------------------------------------------------------------------
// Settings

export const DEFAULT_SEVERITIES = [
  { id: 'SEV1', description: 'Critical: customers broadly affected, or harm to customers.' },
  { id: 'SEV2', description: 'Major: a significant part of customers or a key function affected.' },
  { id: 'SEV3', description: 'Minor: limited impact, or an internal system degraded.' },
  { id: 'SEV4', description: 'Low: little or no impact; worth learning from.' },
];

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const severityLevelSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, { error: 'must be a short id of letters, digits and hyphens, like SEV1' })
    .describe('Severity id as written in write-ups, like SEV1.'),
  description: text().describe('What this severity means, shown beside it.'),
});

export const recurrenceSettingsSchema = z.object({
  threshold: z
    .int({ error: 'must be a whole number' })
    .min(2, { error: 'must be at least 2' })
    .default(3)
    .describe('Incidents of one root-cause category, counting the latest, that make it recurring.'),
  windowDays: z
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1' })
    .default(180)
    .describe('How many days back from an incident its earlier incidents count.'),
});

export const settingsSchema = z
  .object({
    title: text().default('Library of failures').describe('Site title.'),
    organisation: text().optional().describe('Organisation name, shown in the header and page titles.'),
    description: text().optional().describe('One sentence on the home page and in search results.'),
    repository: webUrl('https://github.com/acme/postmortems')
      .optional()
      .describe('Repository URL, for "edit this page" and "history" links.'),
    branch: text().default('main').describe('Branch the edit and history links point to.'),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone name, like Europe/Berlin or UTC' })
      .default('UTC')
      .describe('Time zone in which timeline events are shown.'),
    severities: z
      .array(severityLevelSchema)
      .min(1, { error: 'must list at least one severity' })
      .refine((levels) => new Set(levels.map((level) => level.id)).size === levels.length, {
        error: 'must not list the same severity id twice',
      })
      .default(DEFAULT_SEVERITIES)
      .describe('The severity scale, worst first.'),
    recurrence: recurrenceSettingsSchema.prefault({}).describe('The recurring-cause rule.'),
  })
  .describe('Site-wide settings (postmortems/settings.yaml).');

export type Settings = z.output<typeof settingsSchema>;

// ---------------------------------------------------------------------------------------------
// Registries

export const personSchema = z.object({
  name: text().describe('Full name, as shown on pages.'),
  team: id('a team').optional().describe('The team this person belongs to (teams.yaml id).'),
  github: z.string().optional().describe('GitHub user name.'),
});
export const teamSchema = z.object({
  name: text().describe('Team name, as shown on pages.'),
});
export const serviceSchema = z.object({
  name: text().describe('Service name, as shown on pages.'),
  team: id('a team').describe('The owning team (teams.yaml id).'),
  tier: z.int({ error: 'must be a whole number, 1 for the most critical' }).min(1).optional().describe('1 = most critical.'),
});
export const causeSchema = z.object({
  label: text().describe('Category name, as shown on pages and charts.'),
  description: text().optional().describe('What incidents of this category have in common.'),
});

export type Person = z.output<typeof personSchema>;
export type Team = z.output<typeof teamSchema>;
export type Service = z.output<typeof serviceSchema>;
export type Cause = z.output<typeof causeSchema>;

export const REGISTRY_SCHEMAS = {
  people: personSchema,
  teams: teamSchema,
  services: serviceSchema,
  causes: causeSchema,
} as const;
export type RegistryName = keyof typeof REGISTRY_SCHEMAS;

// ---------------------------------------------------------------------------------------------
// Write-ups

export const timelineEventSchema = z.object({
  at: timestamp.describe('When it happened: ISO 8601 with a UTC offset, like 2024-03-05T16:47:00-05:00.'),
  kind: z
    .enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` })
    .default('action')
    .describe('What kind of moment this was; "action" when left out.'),
  what: text().describe('What happened, in one line.'),
  information: text().optional().describe('What the people involved knew at that moment.'),
  decision: text().optional().describe('What they chose to do, and why it made sense then.'),
});

export const actionSchema = z
  .object({
    action: text().describe('What will be done, concretely.'),
    owner: id('a person').describe('Who owns it: a people.yaml id (a person, never a team).'),
    due: calendarDay.describe('When it is due, YYYY-MM-DD, not before the incident date.'),
    status: z
      .enum(ACTION_STATUSES, { error: `must be one of ${ACTION_STATUSES.join(', ')}` })
      .default('open')
      .describe('open | in-progress | done | dropped.'),
    completed: calendarDay.optional().describe('When it was done, YYYY-MM-DD; required when status is done.'),
    ticket: webUrl('https://tracker.example.com/OPS-42').optional().describe('Link to the ticket (http or https).'),
    horizon: z
      .enum(HORIZONS, { error: `must be one of ${HORIZONS.join(', ')}` })
      .optional()
      .describe('short-term (stop the bleeding) or long-term (prevent the class).'),
    successMetric: text().optional().describe('How we will know it worked.'),
  })
  .superRefine((action, ctx) => {
    if (action.status === 'done' && action.completed === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed'],
        message: 'is missing, and status is done: add `completed: YYYY-MM-DD`, the day it was done (or set another status)',
        params: { rule: 'action-completed' },
      });
    }
  });

export function writeUpSchema(severityIds: readonly string[] = DEFAULT_SEVERITIES.map((level) => level.id)) {
  const [first, ...rest] = severityIds;
  if (first === undefined) throw new Error('The severity scale is empty.');
  return z
    .object({
      title: z
        .string({ error: 'must be text' })
        .trim()
        .min(8, { error: 'is too short: say what failed, in 8 to 120 characters' })
        .max(120, { error: 'is too long: keep it to 120 characters and move detail to the summary' })
        .describe('What failed, in plain words (8–120 characters). No person\'s name.'),
      date: calendarDay.describe('Day the incident began to affect anything, YYYY-MM-DD; the file name starts with it.'),
      severity: z
        .enum([first, ...rest], { error: `must be one of ${severityIds.join(', ')}` })
        .describe(`One of the configured scale, worst first: ${severityIds.join(', ')}.`),
      type: z
        .enum(INCIDENT_TYPES, { error: `must be one of ${INCIDENT_TYPES.join(', ')}` })
        .describe('deployment | integration | external | process | other.'),
      nearMiss: z.boolean({ error: 'must be true or false' }).default(false).describe('Nothing reached customers, but it could have.'),
      summary: text()
        .max(500, { error: 'is too long: keep it to two sentences (500 characters at most)' })
        .describe('Two sentences: what happened, what the impact was.'),
      impact: text().describe('Who and what was affected, with numbers where known.'),
      resolution: text().optional().describe('How it was brought to an end, in a sentence or two.'),
      services: z.array(id('a service')).min(1, { error: 'must list at least one service' }).describe('Services that failed or were affected (services.yaml ids).'),
      authors: z.array(id('a person')).min(1, { error: 'must list at least one author' }).describe('Who wrote this up (people.yaml ids).'),
      facilitator: id('a person').optional().describe('Who ran the review (a people.yaml id).'),
      participants: z.array(id('a person')).default([]).describe('Who was in the review (people.yaml ids).'),
      timeline: z
        .array(timelineEventSchema)
        .min(1, { error: 'must have at least one event' })
        .describe('What happened when, in chronological order.'),
      rootCause: z
        .object({
          summary: text().describe('One sentence: the structural condition, true whoever had been on shift.'),
          category: id('a cause').describe('The root-cause category (causes.yaml id).'),
        })
        .describe('The root cause.'),
      whys: z
        .array(z.object({ why: text().describe('The question.'), because: text().describe('The answer.') }))
        .default([])
        .describe('The 5 Whys chain, in order.'),
      contributingFactors: z
        .array(
          z.object({
            kind: z.enum(FACTOR_KINDS, { error: `must be one of ${FACTOR_KINDS.join(', ')}` }).describe('technical | process | communication | environmental.'),
            factor: text().describe('The factor, in one sentence.'),
          }),
        )
        .default([])
        .describe('Conditions that made the incident possible or worse.'),
      wentWell: z.array(text()).default([]).describe('What worked in detection and response.'),
      learnings: z.array(text()).default([]).describe('Key insights about the system.'),
      gotLucky: z.array(text()).default([]).describe('Where luck, not design, limited the damage.'),
      actions: z.array(actionSchema).min(1, { error: 'must have at least one action' }).describe('Two or three owned, dated actions.'),
      followUp: calendarDay.describe('When the team checks whether the actions are done, YYYY-MM-DD.'),
      tags: z
        .array(z.string().regex(KEBAB_CASE, { error: 'must be a kebab-case keyword, like api-contracts' }))
        .default([])
        .describe('Free keywords in kebab-case.'),
      related: z.array(z.string().regex(WRITE_UP_ID, { error: 'must be a write-up id, like 2024-03-06-allergen-reconciliation' })).default([]).describe('Ids of related write-ups.'),
      essential: z.boolean({ error: 'must be true or false' }).default(false).describe('On the new-hire reading path.'),
      visibility: z
        .enum(VISIBILITIES, { error: `must be one of ${VISIBILITIES.join(', ')}` })
        .default('internal')
        .describe('Only public write-ups appear in a public build.'),
      draft: z.boolean({ error: 'must be true or false' }).default(false).describe('Left out of production builds.'),
      detection: z
        .enum(DETECTION_SOURCES, { error: `must be one of ${DETECTION_SOURCES.join(', ')}` })
        .optional()
        .describe('How we first learned of it: our alerting (monitoring), a synthetic check, a customer, a colleague (internal-report), a vendor (third-party), a review or audit, or other.'),
      changes: z
        .array(webUrl('https://github.com/acme/shop/pull/1234'))
        .default([])
        .describe('Links (http or https) to the pull requests, deploys or configuration changes that set it off.'),
    })
    .superRefine(checkDatesAndOrder, { when: () => true })
    .describe('The front matter of a post-mortem write-up.');
}

export type WriteUp = z.output<ReturnType<typeof writeUpSchema>>;
export type TimelineEvent = WriteUp['timeline'][number];
export type Action = WriteUp['actions'][number];

// Built once: a zod schema per call would cost more than the check itself on large libraries.
const isoDay = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const isDay = (value: unknown): value is string => typeof value === 'string' && isoDay.safeParse(value).success;
const isInstant = (value: unknown): value is string => typeof value === 'string' && isoInstant.safeParse(value).success;

/**
 * Rules between fields. Runs even when other fields are broken (so every problem shows in one
 * run), which is why it reads the raw, possibly partial, input defensively.
 */
function checkDatesAndOrder(input: unknown, ctx: z.RefinementCtx): void {
  if (typeof input !== 'object' || input === null) return;
  const raw = input as Record<string, unknown>;
  const date = raw.date;
  if (isDay(date)) {
    const followUp = raw.followUp;
    if (isDay(followUp) && followUp < date) {
      ctx.addIssue({
        code: 'custom',
        path: ['followUp'],
        message: `is ${followUp}, before the incident date ${date}: the follow-up comes after the incident`,
        params: { rule: 'follow-up-before-date' },
      });
    }
    if (Array.isArray(raw.actions)) {
      raw.actions.forEach((action: unknown, index) => {
        const due = (action as Record<string, unknown> | null)?.due;
        if (isDay(due) && due < date) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', index, 'due'],
            message: `is ${due}, before the incident date ${date}: an action is due after the incident`,
            params: { rule: 'action-due-before-date' },
          });
        }
      });
    }
  }
  if (Array.isArray(raw.timeline)) {
    let previous: { at: string; index: number } | undefined;
    raw.timeline.forEach((event: unknown, index) => {
      const at = (event as Record<string, unknown> | null)?.at;
      if (!isInstant(at)) return;
      if (previous && Date.parse(at) < Date.parse(previous.at)) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', index, 'at'],
          message: `is earlier than event ${previous.index + 1} (${previous.at}): list timeline events in chronological order`,
          params: { rule: 'timeline-order' },
        });
      }
      previous = { at, index };
    });
  }
}
