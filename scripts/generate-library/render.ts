/**
 * The library's files as text, laid out like the hand-written sample: settings, the four
 * registries, and each write-up's front matter in the contract's field order, then its body.
 */
import { DEFAULT_SEVERITIES } from '../../src/lib/schema';
import type { Organisation } from './organisation';
import { RECURRENCE } from './plan';
import { wrap } from './text';
import type { GeneratedWriteUp } from './write-up';

/**
 * A YAML scalar: plain when it reads back as the same string, else double-quoted (JSON strings
 * are valid YAML). Words YAML 1.1 reads as booleans or null are quoted too, since Astro's front
 * matter reader is YAML 1.1.
 */
function scalar(text: string): string {
  const plain = /^[A-Za-z][^\n]*$/.test(text) && !/: | #|:$|\s$/.test(text) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** A long text as a folded block (`>-`), wrapped the way people wrap it by hand. */
function folded(key: string, text: string, indent = ''): string {
  return `${indent}${key}: >-\n${wrap(text, 98).map((line) => `${indent}  ${line}`).join('\n')}`;
}

const list = (items: readonly string[]) => `[${items.join(', ')}]`;

export function renderSettings(org: Organisation, count: number, seed: string): string {
  return [
    `# Settings of a generated library: scripts/generate-library.ts --count ${count} --seed ${seed}.`,
    'title: Library of failures',
    `organisation: ${org.name}`,
    `description: ${scalar(`Blameless post-mortems of the ${org.name} grocery platform, generated for benchmarks and tests.`)}`,
    `repository: https://github.com/${org.slug}/library-of-failures`,
    'branch: main',
    `timeZone: ${org.timeZone}`,
    'severities:',
    ...DEFAULT_SEVERITIES.flatMap((level) => [`  - id: ${level.id}`, `    description: ${scalar(level.description)}`]),
    'recurrence:',
    `  threshold: ${RECURRENCE.threshold}`,
    `  windowDays: ${RECURRENCE.windowDays}`,
    '',
  ].join('\n');
}

export function renderRegistries(org: Organisation): Record<'people' | 'teams' | 'services' | 'causes', string> {
  const entries = (comment: string, rows: string[][]) => [`# ${comment}`, ...rows.flat(), ''].join('\n');
  return {
    people: entries(
      'Everyone who can author a write-up or own an action.',
      org.people.map((person) => [`${person.id}:`, `  name: ${scalar(person.name)}`, `  team: ${person.team.id}`, ...(person.github ? [`  github: ${person.github}`] : [])]),
    ),
    teams: entries('Squads. A team never owns an action; people do.', org.teams.map((team) => [`${team.id}:`, `  name: ${scalar(team.name)}`])),
    services: entries(
      'The service catalogue. tier 1 = customers notice within minutes.',
      org.services.map((service) => [`${service.id}:`, `  name: ${scalar(service.name)}`, `  team: ${service.team.id}`, `  tier: ${service.tier}`]),
    ),
    causes: entries(
      `Root-cause categories ${org.name} tracks. Each names a structural condition, never a person.`,
      [...org.causes]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((cause) => [`${cause.id}:`, `  label: ${scalar(cause.label)}`, `  description: ${scalar(cause.description)}`]),
    ),
  };
}

export function renderWriteUp(writeUp: GeneratedWriteUp): string {
  const lines: string[] = ['---'];
  const field = (key: string, value: string) => lines.push(`${key}: ${value}`);
  const texts = (key: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`${key}:`, ...items.map((item) => `  - ${scalar(item)}`));
  };

  field('title', scalar(writeUp.title));
  field('date', writeUp.date);
  field('severity', writeUp.severity);
  field('type', writeUp.type);
  if (writeUp.nearMiss) field('nearMiss', 'true');
  lines.push(folded('summary', writeUp.summary), folded('impact', writeUp.impact));
  field('resolution', scalar(writeUp.resolution));
  field('services', list(writeUp.services));
  field('detection', writeUp.detection);
  if (writeUp.changes.length > 0) texts('changes', writeUp.changes);
  field('authors', list(writeUp.authors));
  field('facilitator', writeUp.facilitator);
  field('participants', list(writeUp.participants));
  if (writeUp.related.length > 0) field('related', list(writeUp.related));
  lines.push('timeline:');
  for (const event of writeUp.timeline) {
    lines.push(`  - at: ${event.at}`, `    kind: ${event.kind}`, `    what: ${scalar(event.what)}`);
    if (event.information) lines.push(`    information: ${scalar(event.information)}`);
    if (event.decision) lines.push(`    decision: ${scalar(event.decision)}`);
  }
  lines.push('rootCause:', `  summary: ${scalar(writeUp.rootCause.summary)}`, `  category: ${writeUp.rootCause.category}`);
  lines.push('whys:', ...writeUp.whys.flatMap((step) => [`  - why: ${scalar(step.why)}`, `    because: ${scalar(step.because)}`]));
  lines.push('contributingFactors:', ...writeUp.contributingFactors.flatMap((item) => [`  - kind: ${item.kind}`, `    factor: ${scalar(item.factor)}`]));
  texts('wentWell', writeUp.wentWell);
  texts('learnings', writeUp.learnings);
  texts('gotLucky', writeUp.gotLucky);
  lines.push('actions:');
  for (const action of writeUp.actions) {
    lines.push(`  - action: ${scalar(action.action)}`, `    owner: ${action.owner}`, `    due: ${action.due}`, `    status: ${action.status}`);
    if (action.completed) lines.push(`    completed: ${action.completed}`);
    if (action.ticket) lines.push(`    ticket: ${action.ticket}`);
    lines.push(`    horizon: ${action.horizon}`);
    if (action.successMetric) lines.push(`    successMetric: ${scalar(action.successMetric)}`);
  }
  field('followUp', writeUp.followUp);
  field('tags', list(writeUp.tags));
  if (writeUp.essential) field('essential', 'true');
  if (writeUp.visibility === 'public') field('visibility', 'public');
  if (writeUp.draft) field('draft', 'true');
  lines.push('---', '', writeUp.body);
  return lines.join('\n');
}
