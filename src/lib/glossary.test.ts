import { describe, expect, it } from 'vitest';
import { glossary, glossaryTerm, termAnchor } from './glossary';
import { settingsSchema } from './schema';

const settings = settingsSchema.parse({});

describe('glossary', () => {
  it('explains each term once, with a phrase for tooltips and a sentence or two for the glossary', () => {
    const terms = glossary(settings);
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
    for (const term of terms) {
      expect(term.short.length, term.id).toBeLessThanOrEqual(80);
      expect(term.definition.length, term.id).toBeGreaterThan(term.short.length);
      expect(term.definition, term.id).toMatch(/\.$/);
    }
  });

  it('states the recurrence rule and the severity scale as the settings make them', () => {
    const custom = settingsSchema.parse({ recurrence: { threshold: 4, windowDays: 90 }, severities: [{ id: 'P1', description: 'Down' }, { id: 'P2', description: 'Degraded' }] });
    expect(glossaryTerm(custom, 'recurring-cause').short).toBe('4 or more incidents of one root cause within 90 days');
    expect(glossaryTerm(custom, 'recurring-cause').definition).toContain('at least 4 incidents with its root cause happened within 90 days');
    expect(glossaryTerm(custom, 'hot-cause').short).toBe('4 or more incidents of one root cause in a quarter');
    expect(glossaryTerm(custom, 'severity').short).toBe('how bad the impact was, from P1 (the worst) to P2');
    expect(glossaryTerm(settings, 'recurring-cause').short).toBe('3 or more incidents of one root cause within 180 days');
  });

  it('says a near miss had no customer impact', () => {
    expect(glossaryTerm(settings, 'near-miss').short).toBe('no customer impact, though there could have been');
  });

  it('anchors each term on the start-here page', () => {
    expect(termAnchor('near-miss')).toBe('term-near-miss');
  });
});
