import { describe, expect, it } from 'vitest';
import { completeness } from './completeness';

/** Everything the score looks at, filled in. */
function complete(): Record<string, unknown> {
  return {
    title: 'Reconciliation read a changed API shape',
    date: '2024-03-06',
    severity: 'SEV2',
    type: 'integration',
    summary: 'A response shape changed. Reconciliation produced wrong allocations.',
    impact: '41 allocations were wrong; three customers received allergens.',
    services: ['reconciliation'],
    authors: ['dara'],
    facilitator: 'mei',
    timeline: [
      { at: '2024-03-05T16:47:00-05:00', kind: 'trigger', what: 'Change deployed' },
      { at: '2024-03-06T05:30:00-05:00', kind: 'impact', what: 'Wrong allocations written' },
      { at: '2024-03-06T09:00:00-05:00', kind: 'detected', what: 'Customer emails' },
      { at: '2024-03-06T11:14:00-05:00', kind: 'resolved', what: 'Fix deployed' },
    ],
    rootCause: { summary: 'Nothing lets one squad learn of another squad\'s API change.', category: 'change-coordination' },
    whys: [1, 2, 3, 4, 5].map((n) => ({ why: `Why ${n}?`, because: `Because ${n}.` })),
    contributingFactors: [{ kind: 'technical', factor: 'No monitoring of the output.' }],
    learnings: ['Silent batch jobs turn small changes into harm.'],
    actions: [
      { action: 'Add contract tests', owner: 'jonas', due: '2024-03-15', ticket: 'https://t.example.com/1', successMetric: 'A shape change fails the build' },
      { action: 'Alert on schema mismatch', owner: 'ana', due: '2024-03-22', ticket: 'https://t.example.com/2', successMetric: 'An alert within 5 minutes' },
    ],
    followUp: '2024-03-27',
  };
}

const without = (change: (fm: Record<string, unknown>) => void) => {
  const fm = complete();
  change(fm);
  return completeness(fm);
};

describe('completeness', () => {
  it('gives 100 and nothing to add to a complete write-up', () => {
    expect(completeness(complete())).toEqual({ score: 100, suggestions: [] });
  });

  it('gives 0 to nothing, with every suggestion, and the points add up to 100', () => {
    const { score, suggestions } = completeness(undefined);
    expect(score).toBe(0);
    expect(suggestions.reduce((sum, s) => sum + s.points, 0)).toBe(100);
  });

  it('missing required facts cost their share of 20 and are named', () => {
    const { score, suggestions } = without((fm) => {
      delete fm.summary;
      fm.services = [];
    });
    expect(score).toBe(100 - Math.round((20 * 2) / 13));
    expect(suggestions[0]!.text).toBe('Fill in the required fields `summary`, `services`.');
  });

  it('impact without numbers costs 10; number words count', () => {
    expect(without((fm) => (fm.impact = 'Some customers were affected.')).score).toBe(90);
    expect(without((fm) => (fm.impact = 'Three customers were affected.')).score).toBe(100);
  });

  it('whys earn 3 points a step, up to 5', () => {
    const three = without((fm) => (fm.whys = (fm.whys as unknown[]).slice(0, 3)));
    expect(three.score).toBe(94);
    expect(three.suggestions).toEqual([{ text: 'Add 2 more whys: keep asking why the system allowed it, up to 5 steps.', points: 6 }]);
    expect(without((fm) => (fm.whys = [...(fm.whys as unknown[]), { why: '6?', because: '6.' }])).score).toBe(100);
  });

  it('each event the figures need has its points', () => {
    const noDetected = without((fm) => (fm.timeline = (fm.timeline as { kind: string }[]).filter((e) => e.kind !== 'detected')));
    expect(noDetected.score).toBe(92);
    expect(noDetected.suggestions[0]!.text).toContain('`detected`');
    const noTrigger = without((fm) => (fm.timeline = (fm.timeline as { kind: string }[]).filter((e) => e.kind !== 'trigger')));
    expect(noTrigger.score).toBe(96);
  });

  it('tickets and success metrics count in proportion to the actions that have them', () => {
    const { score, suggestions } = without((fm) => {
      const [first] = fm.actions as Record<string, unknown>[];
      delete first!.ticket;
      delete first!.successMetric;
    });
    expect(score).toBe(100 - (8 - Math.round(8 / 2)) - (7 - Math.round(7 / 2)));
    expect(suggestions.map((s) => s.text)).toEqual([
      'Link a `ticket` to 1 action, so the follow-up can see its state.',
      'Add a `successMetric` to 1 action: how you will know it worked.',
    ]);
  });

  it('facilitator, contributing factors and learnings are 5 each', () => {
    expect(without((fm) => delete fm.facilitator).score).toBe(95);
    expect(without((fm) => (fm.contributingFactors = [])).score).toBe(95);
    expect(without((fm) => delete fm.learnings).score).toBe(95);
  });

  it('lists the biggest gain first, and equal gains in a fixed order', () => {
    const { suggestions } = without((fm) => {
      delete fm.facilitator;
      delete fm.learnings;
      fm.impact = 'Customers were affected.';
    });
    expect(suggestions.map((s) => s.points)).toEqual([10, 5, 5]);
    expect(suggestions[1]!.text).toContain('facilitator');
    expect(suggestions[2]!.text).toContain('learnings');
  });
});
