import { describe, expect, it } from 'vitest';
import { causeLabel, personName, serviceName, teamName, teamsOf } from './registries';

const registries = {
  people: new Map([['priya', { name: 'Priya Raman' }]]),
  teams: new Map([['platform', { name: 'Platform' }]]),
  services: new Map([
    ['api', { name: 'API', team: 'platform' }],
    ['queue', { name: 'Queue', team: 'platform' }],
    ['shop', { name: 'Shop', team: 'web' }],
  ]),
  causes: new Map([['config-change', { label: 'Configuration change' }]]),
};

describe('names from the registries', () => {
  it('gives the registry name, or the id when the registry does not know it', () => {
    expect(personName(registries, 'priya')).toBe('Priya Raman');
    expect(personName(registries, 'nobody')).toBe('nobody');
    expect(teamName(registries, 'platform')).toBe('Platform');
    expect(serviceName(registries, 'api')).toBe('API');
    expect(causeLabel(registries, 'config-change')).toBe('Configuration change');
    expect(causeLabel(registries, 'other')).toBe('other');
  });
});

describe('teamsOf', () => {
  it('gives the owners of the services, each once, in the order of the services', () => {
    expect(teamsOf(['shop', 'api', 'queue'], registries)).toEqual(['web', 'platform']);
    expect(teamsOf(['unknown'], registries)).toEqual([]);
  });
});
