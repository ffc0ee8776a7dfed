/** The similar-incidents computation's time on the sample library and on larger look-alikes of it. */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readLibrarySource } from '../../src/lib/library-files';
import { similarIncidents, similarityDocument, type SimilarityDocument } from '../../src/lib/similarity';
import { checkLibrary } from '../../src/lib/validation/check-library';
import { PROJECT_ROOT as root } from '../lib/site';

/** The sample write-ups, repeated with varied ids, services and words, as a larger library. */
function syntheticDocuments(sample: SimilarityDocument[], count: number): SimilarityDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length]!;
    return {
      id: `${base.id}-${i}`,
      category: base.category,
      services: base.services.map((service, j) => (i % 7 === j ? `${service}-${i % 23}` : service)),
      tags: base.tags.slice(0, 1 + (i % Math.max(1, base.tags.length))),
      text: `${base.text} variant${i % 97} region${i % 13}`,
    };
  });
}

export function similarityTimes(): string[] {
  const library = checkLibrary(readLibrarySource(path.join(root, 'postmortems'), root));
  const sample: SimilarityDocument[] = library.writeUps.flatMap((writeUp) =>
    writeUp.data
      ? [similarityDocument(writeUp.id, writeUp.data, writeUp.narrative)]
      : [],
  );
  const rows: string[] = ['| write-ups | similarity (median of 3) | per write-up |', '| ---: | ---: | ---: |'];
  for (const documents of [sample, syntheticDocuments(sample, 1000), syntheticDocuments(sample, 5000)]) {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      similarIncidents(documents);
      return performance.now() - start;
    });
    const median = times.sort((a, b) => a - b)[1]!;
    rows.push(`| ${documents.length} | ${median.toFixed(0)} ms | ${((median / documents.length) * 1000).toFixed(0)} µs |`);
  }
  return rows;
}
