/**
 * How complete a write-up is, from 0 to 100, and what would raise it. It reads the front matter
 * as written (so it also scores a write-up that still has errors) and is deterministic: the same
 * front matter always gets the same score and the same suggestions, in the same order.
 *
 * The weights (100 in all):
 *
 * | part                    | points | earned when                                                   |
 * | ----------------------- | -----: | ------------------------------------------------------------- |
 * | required facts          |     20 | in proportion to the required fields filled in                |
 * | quantified impact       |     10 | `impact` contains a number ("41 orders", "three customers")   |
 * | whys                    |     15 | 3 per step, up to 5 steps                                     |
 * | timeline events         |     20 | `detected` 8, `impact` 5, `trigger` 4, `resolved` 3: the figures |
 * | actions owned and dated |      5 | in proportion to actions with an `owner` and a `due` date     |
 * | action tickets          |      8 | in proportion to actions with a `ticket`                      |
 * | success metrics         |      7 | in proportion to actions with a `successMetric`               |
 * | facilitator             |      5 | `facilitator` is set                                          |
 * | contributing factors    |      5 | at least one                                                  |
 * | learnings               |      5 | at least one                                                  |
 */
import { valueAt } from './values';

export interface CompletenessSuggestion {
  /** What to add, in a sentence. */
  text: string;
  /** How many points it would add to the score. */
  points: number;
}

export interface Completeness {
  score: number;
  /** Biggest gain first. */
  suggestions: CompletenessSuggestion[];
}

const REQUIRED_FIELDS: PropertyKey[][] = [
  ['title'], ['date'], ['severity'], ['type'], ['summary'], ['impact'], ['services'], ['authors'], ['timeline'],
  ['rootCause', 'summary'], ['rootCause', 'category'], ['actions'], ['followUp'],
];

const NUMBER_WORDS =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?|half|percent)\b/i;

/** The timeline events the figures need, and what each one gives. */
const FIGURE_EVENTS = [
  { kind: 'detected', points: 8, gives: 'time to detect, mitigate and resolve' },
  { kind: 'impact', points: 5, gives: 'time to impact and to detect, and the impact duration' },
  { kind: 'trigger', points: 4, gives: 'time to impact' },
  { kind: 'resolved', points: 3, gives: 'time to resolve and the impact duration' },
] as const;

const WHY_POINTS = 3;
const IDEAL_WHYS = 5;

interface Part {
  points: number;
  /** Share of the points earned, from 0 to 1. */
  share: number;
  /** What to add; used only when some points are missing. */
  advice: string;
}

const isFilled = (value: unknown) =>
  value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '') && (!Array.isArray(value) || value.length > 0);

const listAt = (frontMatter: unknown, field: string): unknown[] => {
  const list = valueAt(frontMatter, [field]);
  return Array.isArray(list) ? list : [];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function parts(frontMatter: unknown): Part[] {
  const missing = REQUIRED_FIELDS.filter((path) => !isFilled(valueAt(frontMatter, path))).map((path) => path.join('.'));
  const impact = valueAt(frontMatter, ['impact']);
  const whys = listAt(frontMatter, 'whys').length;
  const kinds = new Set(listAt(frontMatter, 'timeline').map((event) => valueAt(event, ['kind']) ?? 'action'));
  const actions = listAt(frontMatter, 'actions');
  const shareOfActions = (has: (action: unknown) => boolean) => (actions.length === 0 ? 0 : actions.filter(has).length / actions.length);
  const without = (has: (action: unknown) => boolean) => actions.filter((action) => !has(action)).length;
  const hasOwnerAndDue = (action: unknown) => isFilled(valueAt(action, ['owner'])) && isFilled(valueAt(action, ['due']));
  const hasTicket = (action: unknown) => isFilled(valueAt(action, ['ticket']));
  const hasMetric = (action: unknown) => isFilled(valueAt(action, ['successMetric']));

  return [
    {
      points: 20,
      share: 1 - missing.length / REQUIRED_FIELDS.length,
      advice: `Fill in the required ${missing.length === 1 ? 'field' : 'fields'} ${missing.map((field) => `\`${field}\``).join(', ')}.`,
    },
    {
      points: 10,
      share: typeof impact === 'string' && NUMBER_WORDS.test(impact) ? 1 : 0,
      advice: 'Put numbers in `impact`: how many customers, orders or minutes were affected.',
    },
    {
      points: WHY_POINTS * IDEAL_WHYS,
      share: Math.min(whys, IDEAL_WHYS) / IDEAL_WHYS,
      advice: `Add ${plural(IDEAL_WHYS - Math.min(whys, IDEAL_WHYS), 'more why')}: keep asking why the system allowed it, up to ${IDEAL_WHYS} steps.`,
    },
    ...FIGURE_EVENTS.map((event) => ({
      points: event.points,
      share: kinds.has(event.kind) ? 1 : 0,
      advice: `Add an event of kind \`${event.kind}\` to the timeline, for ${event.gives}.`,
    })),
    {
      points: 5,
      share: shareOfActions(hasOwnerAndDue),
      advice: `Give ${plural(without(hasOwnerAndDue), 'action')} an \`owner\` and a \`due\` date.`,
    },
    {
      points: 8,
      share: shareOfActions(hasTicket),
      advice: `Link a \`ticket\` to ${plural(without(hasTicket), 'action')}, so the follow-up can see its state.`,
    },
    {
      points: 7,
      share: shareOfActions(hasMetric),
      advice: `Add a \`successMetric\` to ${plural(without(hasMetric), 'action')}: how you will know it worked.`,
    },
    { points: 5, share: isFilled(valueAt(frontMatter, ['facilitator'])) ? 1 : 0, advice: 'Name the `facilitator` who ran the review.' },
    {
      points: 5,
      share: listAt(frontMatter, 'contributingFactors').length > 0 ? 1 : 0,
      advice: 'List the `contributingFactors`: the conditions that made it possible or worse.',
    },
    { points: 5, share: listAt(frontMatter, 'learnings').length > 0 ? 1 : 0, advice: 'Write down the `learnings`: what you now know about the system.' },
  ];
}

export function completeness(frontMatter: unknown): Completeness {
  let score = 0;
  const suggestions: CompletenessSuggestion[] = [];
  for (const part of parts(frontMatter)) {
    const earned = Math.round(part.points * part.share);
    score += earned;
    if (earned < part.points) suggestions.push({ text: part.advice, points: part.points - earned });
  }
  // A stable sort keeps the table's order among equal gains.
  return { score, suggestions: suggestions.sort((a, b) => b.points - a.points) };
}
