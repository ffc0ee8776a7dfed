/**
 * The blameless language rules. The root cause and the contributing factors describe the system,
 * true whoever had been on shift: naming a person or using a blame phrase there is an error.
 * The same phrases in the narrative and the whys are warnings, because a review quotes people.
 */
import type { Person } from '../schema';
import type { ProseText } from './body-rules';
import { fieldName, valueAt } from './schema-issues';
import type { Position } from '../write-up/position';

export interface LanguageProblem {
  severity: 'error' | 'warning';
  rule: 'blame-phrase' | 'person-named';
  message: string;
}

export interface FieldLanguageProblem extends LanguageProblem {
  /** The front-matter field, like `['contributingFactors', 1, 'factor']`. */
  path: PropertyKey[];
}

export interface ProseLanguageProblem extends LanguageProblem, Position {}

export interface BlamePhrase {
  /** The phrase as written. */
  phrase: string;
  index: number;
  /** The question a blameless review asks instead. */
  question: string;
}

const ASK = {
  error: 'Ask what made the action seem reasonable at the time, and what in the system allowed it.',
  care: 'Ask what pressure, signal or missing safeguard shaped the choice, and what would make the safe way the easy way.',
  hindsight: 'Ask what the people involved knew at that moment and why their choice made sense then: hindsight makes the right step look obvious.',
  failed: 'Ask what made the step hard to do or easy to miss, and what in the system could do it or check it instead of someone\'s memory.',
  fault: 'Ask which conditions in the system made the outcome possible, true whoever had been on shift.',
};

/** Word edges that also treat a hyphen as part of the word, so "fault-tolerant" is one word. */
const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${pattern})(?![\\p{L}\\p{N}_-])`, 'giu');

// "fault" in the technical sense: page fault, fault tolerance, fault injection, …
const TECHNICAL_FAULT =
  /^(?:page|segmentation|bus|protection|hardware|network|power|disk|ground|transient|single|double|byte|memory)\s+$|^\s+(?:tolerance|tolerant|injection|domains?|isolation|zones?|lines?|handl\w*|detection|codes?|trees?|model)\b/i;

const BLAME_PHRASES: { pattern: RegExp; question: string }[] = [
  { pattern: word('(?:human|operator|user|pilot|personnel)\\s+errors?'), question: ASK.error },
  { pattern: word('careless(?:ly|ness)?|negligen(?:t|tly|ce)|reckless(?:ly|ness)?|sloppy|sloppiness|incompeten(?:t|ce)'), question: ASK.care },
  { pattern: word("(?:didn['’]t|did\\s+not|couldn['’]t\\s+be|could\\s+not\\s+be)\\s+bother(?:ed)?"), question: ASK.care },
  { pattern: word("should(?:\\s+not|n['’]t)?\\s+have|should['’]ve|ought\\s+to\\s+have"), question: ASK.hindsight },
  { pattern: word('failed\\s+to|failing\\s+to'), question: ASK.failed },
  { pattern: word('(?:(?:my|his|her|their|your|our|whose)\\s+)?fault'), question: ASK.fault },
];

export function findBlamePhrases(text: string): BlamePhrase[] {
  const found: BlamePhrase[] = [];
  for (const { pattern, question } of BLAME_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const phrase = match[0].replace(/\s+/g, ' ');
      if (phrase.toLowerCase() === 'fault' && isTechnicalFault(text, index)) continue;
      found.push({ phrase, index, question });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isTechnicalFault(text: string, index: number): boolean {
  const before = /\S+\s+$/.exec(text.slice(Math.max(0, index - 24), index))?.[0] ?? '';
  const after = text.slice(index + 'fault'.length, index + 'fault'.length + 24);
  return TECHNICAL_FAULT.test(before) || TECHNICAL_FAULT.test(after);
}

// ---------------------------------------------------------------------------------------------
// People's names

/**
 * Names that are also ordinary English words. A single word like this counts as a name only when
 * it is capitalised and not the first word of a sentence: "Will the cache hold?" names nobody,
 * "the change Will deployed" does. Other first names, last names and ids count however written.
 */
const ORDINARY_WORDS = new Set([
  'will', 'mark', 'bill', 'grant', 'rose', 'max', 'may', 'april', 'june', 'august', 'art', 'sue', 'pat', 'jack',
  'frank', 'hope', 'faith', 'joy', 'dawn', 'summer', 'victor', 'chase', 'hunter', 'lance', 'miles', 'rich', 'sky',
  'storm', 'wade', 'drew', 'dean', 'earl', 'guy', 'herb', 'iris', 'ivy', 'lily', 'pearl', 'ruby', 'amber', 'autumn',
  'daisy', 'holly', 'penny', 'ray', 'rob', 'robin', 'rod', 'sandy', 'skip', 'gene', 'don', 'harper', 'price', 'long',
  'young', 'king', 'cook', 'page', 'short', 'white', 'black', 'brown', 'green', 'gray', 'grey', 'hall', 'bell', 'ward',
  'park', 'wood', 'stone', 'field', 'hill', 'lane', 'rivers', 'mason', 'carter', 'baker', 'cole', 'stern', 'north',
  'west', 'bishop', 'sharp', 'strong', 'love', 'case', 'key', 'booth', 'bond', 'ash', 'van', 'von', 'de', 'der', 'la',
  'le', 'do', 'so', 'an', 'al', 'ben', 'eve', 'kit', 'sam', 'tim', 'noble', 'fox', 'little', 'hart',
]);

/** Everyone who counts as named, as one pattern (longest names first, so full names win). */
export interface PeopleNames {
  pattern: RegExp;
  /** Single-word names (folded, lower case) that are also ordinary words. */
  ordinary: Set<string>;
}

/** Accents off, one character for one, so indexes in the folded text are indexes in the original. */
const fold = (text: string) => text.replace(/[^\u0000-\u007f]/g, (c) => c.normalize('NFD')[0] ?? c);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each person of the registry by full name, each word of it and id; each participant by id. */
export function namesToMatch(people: ReadonlyMap<string, Pick<Person, 'name'>>, participants: readonly string[] = []): PeopleNames {
  const names = new Set<string>();
  for (const [id, person] of people) {
    names.add(person.name).add(id);
    for (const part of person.name.split(/\s+/)) names.add(part);
  }
  for (const id of participants) names.add(id);
  const folded = [...names].map((name) => fold(name.trim()).toLowerCase().replace(/\s+/g, ' ')).filter((name) => name.length >= 2);
  const alternatives = [...new Set(folded)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${alternatives.map((name) => name.split(' ').map(escape).join('\\s+')).join('|') || '(?!)'})(?![\\p{L}\\p{N}_])`,
      'giu',
    ),
    ordinary: new Set(alternatives.filter((name) => !name.includes(' ') && ORDINARY_WORDS.has(name))),
  };
}

/** The first person named in `text`, as written there. */
export function findPersonName(text: string, names: PeopleNames, startsSentence = true): string | undefined {
  for (const match of fold(text).matchAll(names.pattern)) {
    const written = text.slice(match.index, match.index + match[0].length);
    const ordinary = names.ordinary.has(match[0].toLowerCase());
    if (ordinary && (!/^\p{Lu}/u.test(written) || isSentenceStart(text, match.index, startsSentence))) continue;
    return written;
  }
  return undefined;
}

function isSentenceStart(text: string, index: number, textStartsSentence: boolean): boolean {
  const before = text.slice(0, index);
  if (before.trim() === '') return textStartsSentence;
  return /[.!?:;]["'”’)\]]*\s+$|\n\s*$/.test(before);
}

// ---------------------------------------------------------------------------------------------
// Where the rules apply

const ROOT_CAUSE_PATH = ['rootCause', 'summary'];

/** Front-matter fields: names in the title, root cause and factors; blame phrases there and in whys. */
export function checkFrontMatterLanguage(raw: unknown, names: PeopleNames): FieldLanguageProblem[] {
  const problems: FieldLanguageProblem[] = [];
  const textAt = (path: PropertyKey[]) => {
    const value = valueAt(raw, path);
    return typeof value === 'string' ? value : undefined;
  };
  const listPaths = (field: string, key: string) => {
    const list = valueAt(raw, [field]);
    return Array.isArray(list) ? list.map((_, index): PropertyKey[] => [field, index, key]) : [];
  };

  const structural: { path: PropertyKey[]; what: string }[] = [
    { path: ROOT_CAUSE_PATH, what: 'The root cause' },
    ...listPaths('contributingFactors', 'factor').map((path) => ({ path, what: 'A contributing factor' })),
  ];
  const title = textAt(['title']);
  const titleName = title === undefined ? undefined : findPersonName(title, names);
  if (titleName) {
    problems.push({ path: ['title'], severity: 'error', rule: 'person-named',
      message: `\`title\` names a person ("${titleName}"). Say what failed in the system, in plain words.` });
  }
  for (const { path, what } of structural) {
    const text = textAt(path);
    if (text === undefined) continue;
    const named = findPersonName(text, names);
    if (named) {
      problems.push({ path, severity: 'error', rule: 'person-named',
        message: `\`${fieldName(path)}\` names a person ("${named}"). ${what} is a condition in the system, true whoever had been on shift: describe that condition.` });
    }
    for (const found of findBlamePhrases(text)) {
      problems.push({ path, severity: 'error', rule: 'blame-phrase', message: `\`${fieldName(path)}\` says "${found.phrase}", which points at a person, not the system. ${found.question}` });
    }
  }
  for (const path of [...listPaths('whys', 'why'), ...listPaths('whys', 'because')]) {
    const text = textAt(path);
    if (text === undefined) continue;
    for (const found of findBlamePhrases(text)) {
      problems.push({ path, severity: 'warning', rule: 'blame-phrase', message: `\`${fieldName(path)}\` says "${found.phrase}", which points at a person, not the system. ${found.question}` });
    }
  }
  return problems;
}

/** The narrative: blame phrases are warnings (code and block quotes are not prose). */
export function checkProseLanguage(prose: readonly ProseText[]): ProseLanguageProblem[] {
  return prose.flatMap((run) =>
    findBlamePhrases(run.text).map((found) => ({
      ...run.at(found.index),
      severity: 'warning' as const,
      rule: 'blame-phrase' as const,
      message: `"${found.phrase}" points at a person, not the system. ${found.question}`,
    })),
  );
}
