import { describe, expect, it } from 'vitest';
import { settingsSchema, writeUpSchema } from './schema';

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
  it('keeps calendar days and timestamps as the one YAML reader gives them: strings, as written', () => {
    const parsed = writeUpSchema().parse({
      ...base,
      date: '2024-03-06',
      followUp: '2024-03-27',
      timeline: [{ at: '2024-03-05T16:47:00-05:00', kind: 'trigger', what: 'Deployed' }],
      actions: [{ action: 'Add a contract test', owner: 'jonas', due: '2024-03-15', status: 'done', completed: '2024-03-14' }],
    });
    expect(parsed.date).toBe('2024-03-06');
    expect(parsed.timeline[0]!.at).toBe('2024-03-05T16:47:00-05:00');
    expect(writeUpSchema().safeParse({ ...base, date: new Date('2024-03-06T00:00:00Z'), followUp: '2024-03-27', timeline: parsed.timeline, actions: parsed.actions }).success).toBe(false);
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
