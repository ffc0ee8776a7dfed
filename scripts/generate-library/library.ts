/**
 * A whole synthetic library as files in memory: settings, registries and write-ups. Pure and
 * deterministic: the same count and seed give the same files, byte for byte.
 */
import { Clock } from './calendar';
import { draftWriteUp } from './incident';
import { buildOrganisation } from './organisation';
import { markWriteUps, planLibrary, settleChains } from './plan';
import { Random } from './random';
import { renderRegistries, renderSettings, renderWriteUp } from './render';
import { slugOf } from './text';

export interface LibraryFile {
  /** Relative to the library folder, with `/`. */
  path: string;
  text: string;
}

export interface GenerateOptions {
  count: number;
  seed: string;
}

export function generateLibrary({ count, seed }: GenerateOptions): LibraryFile[] {
  const random = new Random(`library:${seed}`);
  const org = buildOrganisation(random, count);
  const clock = new Clock(org.timeZone);
  const plan = planLibrary(random, count, org.causes);

  const writeUps = plan.dates.map((date, index) =>
    draftWriteUp(new Random(`write-up:${seed}:${index}`), org, clock, { index, date, cause: plan.causes[index]! }),
  );
  const taken = new Set<string>();
  for (const writeUp of writeUps) {
    const base = `${writeUp.date}-${slugOf(writeUp.title)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    writeUp.id = id;
  }
  settleChains(random, writeUps, plan.chains);
  markWriteUps(random, writeUps, plan.chains);

  const registries = renderRegistries(org);
  return [
    { path: 'settings.yaml', text: renderSettings(org, count, seed) },
    ...(['people', 'teams', 'services', 'causes'] as const).map((name) => ({ path: `registry/${name}.yaml`, text: registries[name] })),
    ...writeUps.map((writeUp) => ({ path: `${writeUp.date.slice(0, 4)}/${writeUp.id}.mdx`, text: renderWriteUp(writeUp) })),
  ];
}
