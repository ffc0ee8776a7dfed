/**
 * The narrative of a write-up: `##` sections of prose, a narrated timeline, log excerpts in code
 * blocks, a table of figures and bullet lists, sized to a target between 300 and 1,500 words.
 * Each body draws its sentences without repetition from shuffled decks, so no two read alike.
 * Nothing here writes `{`, `}` or `<` outside code, so every body is safe MDX.
 */
import { addDays, minutes, type Clock } from './calendar';
import type { ActionIdea, CauseTheme } from './causes';
import * as prose from './prose';
import type { Random } from './random';
import { capitalise, fill, lowerFirst, thousands, wordCount, type Slots } from './text';
import type { Moment } from './timeline';
import type { GeneratedEvent } from './write-up';

export interface BodyContext {
  slots: Slots;
  cause: CauseTheme;
  nearMiss: boolean;
  clock: Clock;
  date: string;
  moments: readonly Moment[];
  timeline: readonly GeneratedEvent[];
  /** Service names, which keep their capital letter inside a sentence. */
  names: readonly string[];
  /** The cause's actions this write-up did not choose, for "options we weighed". */
  options: readonly ActionIdea[];
}

const MAX_WORDS = 1500;

/** Sentences drawn without repetition; an empty deck gives nothing more. */
class Deck {
  private readonly items: string[];
  constructor(random: Random, items: readonly string[]) {
    this.items = random.shuffle(items);
  }
  take(count: number): string[] {
    return this.items.splice(0, count);
  }
}

type Section = { order: number; heading: string; blocks: string[] };

export function writeBody(random: Random, context: BodyContext): string {
  const say = (template: string) => capitalise(fill(template, context.slots));
  const deck = (items: readonly string[]) => new Deck(random, prose.suited(items, context.nearMiss));
  const decks = {
    narrative: deck(context.cause.narrative),
    context: deck(prose.CONTEXT),
    detection: deck(prose.DETECTION),
    response: deck(prose.RESPONSE),
    decided: deck(prose.DECIDED),
    background: deck(prose.BACKGROUND),
  };
  const paragraph = (...parts: string[][]) => parts.flat().map(say).join(' ');
  const heading = (key: keyof typeof prose.SECTION_TITLES) => random.pick(prose.SECTION_TITLES[key]);

  const happened: Section = {
    order: 0,
    heading: heading('happened'),
    blocks: [
      paragraph(decks.context.take(random.int(1, 2)), decks.narrative.take(random.int(1, 2))),
      narrateTimeline(random, context),
      paragraph(
        decks.narrative.take(1),
        [random.pick(context.nearMiss ? prose.NEAR_MISS_SENTENCES : prose.IMPACT_SENTENCES)],
      ),
    ],
  };
  const detection: Section = { order: 2, heading: heading('detection'), blocks: [paragraph(decks.detection.take(random.int(2, 3)))] };
  const background: Section = { order: 1, heading: heading('background'), blocks: [paragraph(decks.background.take(random.int(2, 3)))] };
  const response: Section = { order: 4, heading: heading('response'), blocks: [paragraph(decks.response.take(random.int(2, 4)))] };
  const optional: Section[] = random.shuffle([
    background,
    { order: 3, heading: heading('logs'), blocks: [say(random.pick(prose.LOG_INTROS)), logExcerpt(random, context)] },
    response,
    { order: 5, heading: heading('numbers'), blocks: [say(random.pick(prose.TABLE_INTROS)), figuresTable(random, context)] },
    { order: 6, heading: heading('decided'), blocks: decided(random, context, paragraph(decks.decided.take(random.int(2, 3))), say) },
    { order: 7, heading: heading('questions'), blocks: ['A few questions the review could not settle yet:', bullets(random.sample(prose.OPEN_QUESTIONS, random.int(2, 4)).map(say))] },
  ]);
  // Once every section is in, sections grow a paragraph at a time until the decks run out.
  const growth: [Section, Deck][] = [
    [happened, decks.narrative],
    [response, decks.response],
    [detection, decks.detection],
    [background, decks.background],
    [happened, decks.context],
  ];

  const [low, high] = random.weighted([[[350, 600], 45], [[600, 900], 35], [[900, 1300], 20]] as const);
  const goal = random.int(low, high);
  const sections = [happened, detection];
  const words = () => wordCount(render(sections));
  for (const section of optional) {
    if (words() >= goal) break;
    sections.push(section);
  }
  for (let grown = true; grown && words() < goal; ) {
    grown = false;
    for (const [section, source] of growth) {
      if (words() >= goal) break;
      const sentences = source.take(random.int(2, 3));
      if (sentences.length === 0) continue;
      section.blocks.push(paragraph(sentences));
      if (!sections.includes(section)) sections.push(section);
      grown = true;
    }
  }
  while (words() > MAX_WORDS && sections.length > 2) sections.pop();
  return render(sections);
}

function render(sections: readonly Section[]): string {
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .map((section) => `## ${section.heading}\n\n${section.blocks.join('\n\n')}`)
    .join('\n\n')
    .concat('\n');
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** The timeline told as prose: "At 06:32 the day before, …". */
function narrateTimeline(random: Random, context: BodyContext): string {
  const picked = context.timeline.filter((event) => event.kind !== 'communication');
  const told = [picked[0]!, ...random.sample(picked.slice(1, -1), random.int(2, 3)), picked.at(-1)!];
  const order = new Map(context.timeline.map((event, index) => [event, index]));
  told.sort((a, b) => order.get(a)! - order.get(b)!);
  return told
    .map((event) => {
      const day = event.at.slice(0, 10);
      const when = day === context.date ? '' : day < context.date ? ' the day before' : day === addDays(context.date, 1) ? ' the next day' : ` on ${day}`;
      return `At ${event.at.slice(11, 16)}${when}, ${lowerFirst(event.what, context.names)}.`;
    })
    .join(' ');
}

/** Log lines as the responders saw them: the cause's own lines and some ordinary noise. */
const ROUTINE_LOGS: readonly string[] = [
  'INFO  {svc} request completed in 84 ms',
  'INFO  {othersvc} health check ok',
  'WARN  {svc} slow request: 2900 ms',
  'INFO  {svc} scheduled job started',
  'WARN  {othersvc} retrying call to {svc} (attempt 2 of 3)',
];

function logExcerpt(random: Random, context: BodyContext): string {
  const lines = [...random.sample(context.cause.logs, random.int(2, 4)), ...random.sample(ROUTINE_LOGS, random.int(2, 3))];
  const start = (context.moments.find((moment) => moment.kind === 'impact') ?? context.moments.find((moment) => moment.kind === 'detected'))!.instant;
  let at = start - minutes(random.int(1, 5));
  const out = random.shuffle(lines).map((line) => {
    at += random.int(1, 240) * 1000;
    return `${context.clock.iso(at)} ${fill(line, context.slots)}`;
  });
  return `\`\`\`text\n${out.join('\n')}\n\`\`\``;
}

function figuresTable(random: Random, context: BodyContext): string {
  const errorRate = context.slots.pct!;
  const rows: [string, string, string][] = random.sample(
    [
      ['Error rate of ' + context.slots.service, `${errorRate}%`, '0.2%'],
      ['95th percentile latency', `${random.int(3, 30)}.${random.int(0, 9)} s`, `0.${random.int(2, 8)} s`],
      ['Queue depth at peak', thousands(random.int(2, 90) * 1000), String(random.int(20, 400))],
      ...(context.nearMiss ? [] : [['Support contacts per hour', String(random.int(20, 400)), String(random.int(5, 30))] as [string, string, string]]),
      ['Orders completed per hour', thousands(random.int(100, 2000)), thousands(random.int(2100, 9000))],
      ['Failed requests', context.slots.count!, '–'],
    ],
    random.int(3, 5),
  );
  return ['| Measure | During the incident | Ordinary day |', '| --- | ---: | ---: |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function decided(random: Random, context: BodyContext, opening: string, say: (template: string) => string): string[] {
  const options = random.sample(context.options, random.int(1, 3));
  if (options.length === 0) return [opening];
  const verdicts = random.sample(prose.OPTION_VERDICTS, options.length);
  return [
    opening,
    'Options we weighed and did not choose as actions:',
    bullets(options.map((option, index) => `${say(option.action)} — ${verdicts[index]}.`)),
  ];
}
