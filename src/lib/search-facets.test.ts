import { describe, expect, it } from 'vitest';
import { facetValues, incidentFacets } from './search-facets';
import { incidentsOf, writeUp } from './test-fixtures';

const registries = {
  services: new Map([
    ['checkout', { name: 'Checkout', team: 'payments' }],
    ['website', { name: 'Website', team: 'web' }],
  ]),
  teams: new Map([
    ['payments', { name: 'Payments squad' }],
    ['web', { name: 'Web squad' }],
  ]),
  causes: new Map([['config-change', { label: 'Configuration change' }]]),
};
const log = incidentsOf(
  [
    writeUp('2025-02-01-b', { severity: 'SEV1', services: ['checkout', 'website'], nearMiss: true }),
    writeUp('2024-05-01-a', { severity: 'SEV3', services: ['checkout'] }),
  ],
  '2025-06-01',
);

describe('incidentFacets', () => {
  it('gives the words readers filter by: labels and names, not ids', () => {
    expect(incidentFacets(log[0]!, registries)).toEqual({
      severity: ['SEV1'],
      type: ['Deployment'],
      cause: ['Configuration change'],
      service: ['Checkout', 'Website'],
      team: ['Payments squad', 'Web squad'],
      year: ['2025'],
      'near-miss': ['Yes'],
      recurring: ['No'],
    });
  });
});

describe('facetValues', () => {
  it('counts each value across the library, severities in scale order and years newest first', () => {
    const values = facetValues(log, registries, ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(values.severity).toEqual([{ value: 'SEV1', count: 1 }, { value: 'SEV3', count: 1 }]);
    expect(values.year.map((v) => v.value)).toEqual(['2025', '2024']);
    expect(values.service).toEqual([{ value: 'Checkout', count: 2 }, { value: 'Website', count: 1 }]);
    expect(values['near-miss']).toEqual([{ value: 'Yes', count: 1 }, { value: 'No', count: 1 }]);
  });
});
