import { describe, expect, it } from 'vitest';
import { settingsSchema, writeUpSchema } from './schema';

/** What Astro's YAML 1.1 front matter reader hands the schema: unquoted dates become Date objects. */
function asYaml11(day: string) {
  return new Date(`${day}T00:00:00Z`);
}

const base = {
  title: 'Reconciliation read a changed API shape',
  severity: 'SEV2',
  type: 'integration',
  summary: 'A shape changed. Allocations were wrong.',
  impact: 'Three customers.',
  services: ['subscription-api'],
  authors: ['dara'],
  rootCause: { summary: 'Nothing checks the shape.', category: 'change-coordination' },
};

describe('writeUpSchema', () => {
  it('reads Date objects (Astro build) and strings (validator) to the same calendar days', () => {
    const fromStrings = writeUpSchema().parse({
      ...base,
      date: '2024-03-06',
      followUp: '2024-03-27',
      timeline: [{ at: '2024-03-05T16:47:00-05:00', kind: 'trigger', what: 'Deployed' }],
      actions: [{ action: 'Add a contract test', owner: 'jonas', due: '2024-03-15', status: 'done', completed: '2024-03-14' }],
    });
    const fromDates = writeUpSchema().parse({
      ...base,
      date: asYaml11('2024-03-06'),
      followUp: asYaml11('2024-03-27'),
      timeline: [{ at: new Date('2024-03-05T16:47:00-05:00'), kind: 'trigger', what: 'Deployed' }],
      actions: [{ action: 'Add a contract test', owner: 'jonas', due: asYaml11('2024-03-15'), status: 'done', completed: asYaml11('2024-03-14') }],
    });
    expect(fromDates.date).toBe('2024-03-06');
    expect(fromDates.followUp).toBe(fromStrings.followUp);
    expect(fromDates.actions[0]!.due).toBe('2024-03-15');
    expect(fromDates.actions[0]!.completed).toBe('2024-03-14');
    // The same instant, written in UTC by the YAML 1.1 path.
    expect(Date.parse(fromDates.timeline[0]!.at)).toBe(Date.parse(fromStrings.timeline[0]!.at));
  });

  it('takes its severity scale from the settings', () => {
    const schema = writeUpSchema(['P1', 'P2']);
    const input = {
      ...base,
      severity: 'P2',
      date: '2024-03-06',
      followUp: '2024-03-27',
      timeline: [{ at: '2024-03-05T16:47:00Z', what: 'Deployed' }],
      actions: [{ action: 'Add a contract test', owner: 'jonas', due: '2024-03-15' }],
    };
    expect(schema.safeParse(input).success).toBe(true);
    expect(schema.safeParse({ ...input, severity: 'SEV2' }).success).toBe(false);
  });
});

describe('settingsSchema', () => {
  it('has a default for every key', () => {
    expect(settingsSchema.parse({})).toMatchObject({
      title: 'Library of failures',
      branch: 'main',
      timeZone: 'UTC',
      recurrence: { threshold: 3, windowDays: 180 },
    });
  });

  it('rejects a severity scale that lists an id twice', () => {
    const result = settingsSchema.safeParse({ severities: [{ id: 'SEV1', description: 'a' }, { id: 'SEV1', description: 'b' }] });
    expect(result.success).toBe(false);
  });
});
