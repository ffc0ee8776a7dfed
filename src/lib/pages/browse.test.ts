import { describe, expect, it } from 'vitest';
import { action, libraryOf, writeUp } from '../test-fixtures';
import { siteLinks } from '../urls';
import { browseNav, causePages, causesIndex, LATEST_RECURRENCES_SHOWN, servicePages, servicesIndex, tagPages, tagsIndex, teamPages, teamsIndex } from './browse';

const capacity = { summary: 'Load outgrew the system.', category: 'capacity-planning' };
const library = libraryOf(
  [
    writeUp('2025-01-10-a', { rootCause: capacity, services: ['checkout'], tags: ['load'], actions: [action('priya', '2025-01-20', 'done', '2025-01-20')] }),
    writeUp('2025-02-10-b', { rootCause: capacity, services: ['checkout', 'website'], tags: ['load', 'black-friday'], actions: [action('leo', '2025-02-20')] }),
    writeUp('2025-03-10-c', { rootCause: capacity, services: ['payments-gateway'], actions: [action('hannah', '2025-12-01')] }),
    writeUp('2025-04-10-d', { services: ['website'] }),
  ],
  '2025-06-01',
);
const context = { library, links: siteLinks('/') };

describe('the browse indexes', () => {
  it('list every registry entry, most incidents first, with its date range', () => {
    const causes = causesIndex(context);
    expect(causes.rows.map((row) => [row.label, row.incidents, row.first?.iso, row.last?.iso])).toEqual([
      ['Capacity', 3, '2025-01-10', '2025-03-10'],
      ['Configuration change', 1, '2025-04-10', '2025-04-10'],
    ]);
    expect(causes.lede).toContain('A cause with 3 incidents within 180 days is a pattern');
    expect(servicesIndex(context).rows.map((row) => [row.label, row.incidents, row.detail])).toEqual([
      ['Checkout', 2, 'Payments squad'],
      ['Website', 2, 'Customer apps squad'],
      ['Payments gateway', 1, 'Payments squad'],
      ['Warehouse labels', 0, 'Fulfilment squad'],
    ]);
    // An incident touching two services of a team counts once for the team.
    expect(teamsIndex(context).rows.map((row) => [row.label, row.incidents])).toEqual([
      ['Payments squad', 3],
      ['Customer apps squad', 2],
      ['Fulfilment squad', 0],
    ]);
    expect(tagsIndex(context).rows.map((row) => [row.label, row.incidents])).toEqual([['load', 2], ['black-friday', 1]]);
  });

  it('mark the current index in the browse links', () => {
    expect(browseNav(context, 'teams').filter((item) => item.current).map((item) => item.href)).toEqual(['/teams/']);
  });
});

describe('the browse pages', () => {
  it('give a cause its incidents, its span, and the verdicts of its recurring chains', () => {
    const [page] = causePages(context);
    expect(page).toMatchObject({ id: 'capacity-planning', title: 'Capacity', summary: '3 incidents, from 10 Jan 2025 to 10 Mar 2025.' });
    expect(page!.chainsIntro).toBe('This cause met the recurrence rule (3 incidents within 180 days) 1 time.');
    expect(page!.chains[0]!.note).toBeUndefined();
    expect(page!.chains[0]!.verdicts.map((verdict) => [verdict.incident.href, verdict.sentence])).toEqual([
      ['/incidents/2025-03-10-c/', 'The actions from last time are not done yet.'],
    ]);
  });

  it('show the latest recurrences of a long chain, saying how many are left out', () => {
    const many = Array.from({ length: LATEST_RECURRENCES_SHOWN + 4 }, (_, index) => writeUp(`2025-01-${String(index + 1).padStart(2, '0')}-x`, { rootCause: capacity }));
    const [page] = causePages({ library: libraryOf(many, '2025-06-01'), links: siteLinks('/') });
    expect(page!.chains[0]!.verdicts).toHaveLength(LATEST_RECURRENCES_SHOWN);
    expect(page!.chains[0]!.note).toBe(`The latest ${LATEST_RECURRENCES_SHOWN} of ${LATEST_RECURRENCES_SHOWN + 2} recurrences of this chain:`);
  });

  it('give a service its owner, its last incident and its open actions, soonest due first', () => {
    const checkout = servicePages(context).find((page) => page.id === 'checkout')!;
    expect(checkout.team).toEqual({ href: '/teams/payments/', text: 'Payments squad' });
    expect(checkout.latest).toMatchObject({ daysAgo: 111, incident: { href: '/incidents/2025-02-10-b/' } });
    expect(checkout.openActions.map((row) => [row.owner, row.due.iso, row.overdue])).toEqual([['Leo Martin', '2025-02-20', true]]);
    expect(checkout.causes).toEqual([{ cause: { href: '/causes/capacity-planning/', text: 'Capacity' }, incidents: '2 incidents' }]);
  });

  it('say what a service\'s tier means, and the index\'s caption says it once when any service has one', () => {
    expect(servicePages(context).find((page) => page.id === 'checkout')!.tier).toBeUndefined();
    expect(servicesIndex(context).caption).toBe('Services from the registry, most incidents first.');
    const services = new Map([...library.services].map(([id, service]) => [id, id === 'checkout' ? { ...service, tier: 1 } : service]));
    const tiered = { library: { ...library, services }, links: siteLinks('/') };
    expect(servicePages(tiered).find((page) => page.id === 'checkout')!.tier).toEqual({
      text: 'tier 1',
      help: 'how critical a service is: tier 1 is the most critical',
      glossary: '/start-here/#term-tier',
    });
    expect(servicesIndex(tiered).caption).toBe('Services from the registry, most incidents first. Tier: how critical a service is: tier 1 is the most critical.');
  });

  it('name a team\'s people, except in a public build', () => {
    expect(teamPages(context).find((page) => page.id === 'payments')!.services.map((link) => link.text)).toEqual(['Checkout', 'Payments gateway']);
    const publicTeams = teamPages({ library: { ...library, publicBuild: true }, links: siteLinks('/') });
    expect(publicTeams.every((page) => page.people === undefined)).toBe(true);
  });

  it('give a tag its incidents', () => {
    expect(tagPages(context).map((page) => [page.tag, page.incidentCount])).toEqual([['load', '2 incidents'], ['black-friday', '1 incident']]);
  });
});
