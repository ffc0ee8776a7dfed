import { describe, expect, it } from 'vitest';
import { similarIncidents, terms, type SimilarityDocument } from './similarity';

const doc = (id: string, text: string, extra: Partial<SimilarityDocument> = {}): SimilarityDocument => ({
  id,
  category: 'other',
  services: [],
  tags: [],
  text,
  ...extra,
});

describe('terms', () => {
  it('keeps distinctive words, drops stop words and short words, folds plurals', () => {
    expect(terms('The certificates expired on the API gateway; renewal failed twice.')).toEqual([
      'certificate', 'expired', 'api', 'gateway', 'renewal', 'failed', 'twice',
    ]);
    expect(terms('Café policies')).toEqual(['cafe', 'policy']);
  });
});

describe('similarIncidents', () => {
  const library = [
    doc('a', 'The TLS certificate of the partner webhook expired and deliveries stopped', { category: 'expiring-credentials', services: ['webhooks'], tags: ['certificates'] }),
    doc('b', 'The push certificate expired and notifications stopped for two days', { category: 'expiring-credentials', services: ['notifications'], tags: ['certificates'] }),
    doc('c', 'Month-end billing run overloaded the primary database', { category: 'capacity', services: ['billing', 'database'] }),
    doc('d', 'Quarter-end billing run exhausted database connections', { category: 'capacity', services: ['billing', 'database'] }),
    doc('e', 'A label printer driver update broke warehouse printing', { category: 'deploy', services: ['warehouse'] }),
  ];

  it('lists write-ups that look like the same failure first, with reasons', () => {
    const similar = similarIncidents(library);
    expect(similar.get('a')![0]).toMatchObject({ id: 'b', reasons: expect.arrayContaining(['same root cause', 'shared tag']) });
    expect(similar.get('c')![0]).toMatchObject({ id: 'd', reasons: expect.arrayContaining(['same root cause', 'shared services']) });
  });

  it('never lists the write-up itself, nor unrelated ones below the threshold', () => {
    const similar = similarIncidents(library);
    for (const [id, list] of similar) expect(list.map((s) => s.id)).not.toContain(id);
    expect(similar.get('e')).toEqual([]);
  });

  it('leaves out the ids it is told to (the related list)', () => {
    const similar = similarIncidents(library, { exclude: (id) => (id === 'a' ? ['b'] : []) });
    expect(similar.get('a')!.map((s) => s.id)).not.toContain('b');
  });

  it('lists at most `limit`, best first, ties by id, the same on every run', () => {
    const many = Array.from({ length: 12 }, (_, i) => doc(`x${String(i).padStart(2, '0')}`, 'database failover replica lag', { category: 'capacity', services: ['database'] }));
    const first = similarIncidents(many, { limit: 5 });
    const second = similarIncidents([...many].reverse(), { limit: 5 });
    expect(first.get('x00')!.map((s) => s.id)).toEqual(['x01', 'x02', 'x03', 'x04', 'x05']);
    expect(second.get('x00')).toEqual(first.get('x00'));
  });

  it('lists the best match first: scores never rise down the list, and a closer write-up comes before a looser one', () => {
    const graded = [
      doc('target', 'Nightly reconciliation job read a changed subscription shape', { category: 'contracts', services: ['recon', 'subs'], tags: ['api', 'batch'] }),
      // Same cause, both services, both tags and the same words: the closest.
      doc('close', 'Reconciliation job read a changed subscription shape overnight', { category: 'contracts', services: ['recon', 'subs'], tags: ['api', 'batch'] }),
      // Same cause and one service.
      doc('middle', 'Shipping labels printed with the wrong address', { category: 'contracts', services: ['recon'] }),
      // Only one tag.
      doc('loose', 'Warehouse scanners lost their network', { category: 'network', tags: ['batch'] }),
    ];
    const list = similarIncidents(graded, { minScore: 0 }).get('target')!;
    expect(list.map((s) => s.id)).toEqual(['close', 'middle', 'loose']);
    for (let index = 1; index < list.length; index += 1) expect(list[index]!.score).toBeLessThanOrEqual(list[index - 1]!.score);
    expect(list[0]!.score).toBeGreaterThan(list.at(-1)!.score);
  });

  it('finds text-only matches across different causes', () => {
    const similar = similarIncidents([
      doc('p', 'Kafka consumer lag grew until the reconciliation consumer fell behind by hours', { category: 'capacity' }),
      doc('q', 'Reconciliation consumer lag on Kafka reached hours after a partition rebalance', { category: 'deploy' }),
      doc('r', 'Printer labels misaligned', { category: 'other' }),
      doc('s', 'Payment provider outage during the sale', { category: 'vendor' }),
      doc('t', 'Mobile app crash on login', { category: 'deploy2' }),
    ]);
    expect(similar.get('p')!.map((s) => s.id)).toEqual(['q']);
    expect(similar.get('p')![0]!.reasons).toEqual(['similar wording']);
  });
});
