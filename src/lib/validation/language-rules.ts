/**
 * The blameless language rules. The title, the root cause and the contributing factors describe
 * the system, true whoever had been on shift: a registered person's name, any name next to a
 * blame verb ("Bob forgot to renew it"), or a blame phrase there is an error. Elsewhere (the
 * summary, the timeline, the whys, the lists, the actions and the narrative) a name next to a
 * blame verb or a blame phrase is a warning, because a review quotes people; a name alone is not,
 * because a timeline says who did what.
 *
 * Text is compared after normalisation (compatibility forms, look-alike letters and accents
 * folded, invisible characters dropped), so "hum\u200ban errоr" with a Cyrillic "о" is still
 * "human error"; messages quote the text as written.
 */
import type { Person } from '../schema';
import { fieldName } from './schema-issues';
import { valueAt } from '../values';

export interface LanguageProblem {
  severity: 'error' | 'warning';
  rule: 'blame-phrase' | 'person-named';
  message: string;
}

export interface FieldLanguageProblem extends LanguageProblem {
  /** The front-matter field, like `['contributingFactors', 1, 'factor']`. */
  path: PropertyKey[];
}

export interface ProseLanguageProblem extends LanguageProblem {
  line: number;
  column: number;
}

/** A run of the narrative's prose, as the body rules give it: code and block quotes are not prose. */
export interface ProseRun {
  text: string;
  /** Where `text[index]` is in the file. */
  at(index: number): { line: number; column: number };
  /** Whether `text` begins a sentence (the first words of a paragraph, heading or list item). */
  startsSentence: boolean;
}

export interface BlamePhrase {
  /** The phrase as written. */
  phrase: string;
  /** The phrase as compared, when look-alike or invisible characters make it differ from `phrase`. */
  readAs?: string;
  /** Where it starts in the text as written. */
  index: number;
  /** The question a blameless review asks instead. */
  question: string;
}

export interface NamedBlame extends BlamePhrase {
  /** The name as written: "Bob" in "Bob forgot to renew it". */
  name: string;
  /** Where the phrase ends in the text as written. */
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

export interface NormalisedText {
  /** The text as compared: compatibility forms, look-alike letters and accents folded, invisible characters gone. */
  text: string;
  /** Where `text[index]` comes from in the text as written; `text.length` gives the written length. */
  written(index: number): number;
}

/** Soft hyphens, zero-width spaces and joiners, word joiners, BOMs, bidirectional controls and the like. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const MARK = /\p{M}/gu;

/**
 * Letters that look like Latin ones in other scripts (after compatibility decomposition, which
 * already folds fullwidth forms, ligatures and mathematical letters), and punctuation that looks
 * like an apostrophe or a hyphen.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', е: 'e', к: 'k', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I', Һ: 'H',
  // Greek
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
  // Latin letters without a decomposition, Armenian
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʏ: 'y', օ: 'o', ս: 'u', հ: 'h',
  // Apostrophes and hyphens
  '’': "'", '‘': "'", ʼ: "'", ʹ: "'", '′': "'", '＇': "'", '‐': '-', '‑': '-', '‒': '-', '−': '-',
};

/** What each non-ASCII character becomes, worked out once per character (the common ones: a text of every character would not fit). */
const FOLDED = new Map<string, string>();

function fold(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded = INVISIBLE.test(char)
      ? ''
      : [...char.normalize('NFKD').replace(MARK, '')].map((part) => LOOK_ALIKES[part] ?? part).join('');
    if (FOLDED.size < 10_000) FOLDED.set(char, folded);
  }
  return folded;
}

/**
 * The text as the rules compare it: NFKC's compatibility forms (fullwidth letters, ligatures),
 * look-alike letters from other scripts folded to Latin, accents dropped, zero-width characters and
 * soft hyphens removed, with the way back to each character as written.
 */
export function normalise(written: string): NormalisedText {
  if (!/[^\x00-\x7f]/.test(written)) return { text: written, written: (index) => index };
  const parts: string[] = [];
  const origins: number[] = [];
  let ascii = 0;
  for (const match of written.matchAll(/[^\x00-\x7f]+/gu)) {
    parts.push(written.slice(ascii, match.index));
    for (let index = ascii; index < match.index; index++) origins.push(index);
    let at = match.index;
    for (const char of match[0]) {
      const folded = fold(char);
      if (folded !== '') parts.push(folded);
      for (let index = 0; index < folded.length; index++) origins.push(at);
      at += char.length;
    }
    ascii = at;
  }
  parts.push(written.slice(ascii));
  for (let index = ascii; index < written.length; index++) origins.push(index);
  origins.push(written.length);
  return { text: parts.join(''), written: (index) => origins[index] ?? written.length };
}

/** `normalised.text[start, end)` as written, and as compared when that differs, blanks collapsed as a message quotes them. */
function quote(written: string, normalised: NormalisedText, start: number, end: number): { phrase: string; readAs?: string } {
  const phrase = written.slice(normalised.written(start), normalised.written(end)).replace(/\s+/g, ' ');
  const compared = normalised.text.slice(start, end).replace(/\s+/g, ' ');
  return phrase === compared ? { phrase } : { phrase, readAs: compared };
}

/** A phrase in a message: disguised text would otherwise be quoted as if it were harmless. */
const quoted = ({ phrase, readAs }: { phrase: string; readAs?: string }) => `"${phrase}"${readAs === undefined ? '' : ` (read as "${readAs}")`}`;

// ---------------------------------------------------------------------------------------------
// Blame phrases

const ASK = {
  error: 'Ask what made the action seem reasonable at the time, and what in the system allowed it.',
  care: 'Ask what pressure, signal or missing safeguard shaped the choice, and what would make the safe way the easy way.',
  hindsight: 'Ask what the people involved knew at that moment and why their choice made sense then: hindsight makes the right step look obvious.',
  failed: 'Ask what made the step hard to do or easy to miss, and what in the system could do it or check it instead of someone\'s memory.',
  fault: 'Ask which conditions in the system made the outcome possible, true whoever had been on shift.',
};

// "fault" in the technical sense: page fault, fault tolerance, fault injection, …
const TECHNICAL_FAULT_BEFORE = /^(?:page|segmentation|bus|protection|hardware|network|power|disk|ground|transient|single|double|byte|memory)$/i;
const TECHNICAL_FAULT_AFTER = /^\s+(?:tolerance|tolerant|injection|domains?|isolation|zones?|lines?|handl\w*|detection|codes?|trees?|model)\b/i;

/**
 * The blame phrases, each with the question to ask instead, and the blame verbs: a verb is blame
 * only next to a name ("Bob forgot"), and "failed to" or "should have" is both.
 */
const BLAME_WORDS: { pattern: string; question?: string; verb?: boolean }[] = [
  { pattern: '(?:human|operator|user|pilot|personnel)\\s+errors?', question: ASK.error },
  { pattern: 'careless(?:ly|ness)?|negligen(?:t|tly|ce)|reckless(?:ly|ness)?|sloppy|sloppiness|incompeten(?:t|ce)', question: ASK.care },
  { pattern: "(?:didn't|did\\s+not|couldn't\\s+be|could\\s+not\\s+be)\\s+bother(?:ed)?", question: ASK.care },
  { pattern: "should(?:\\s+not|n't)?\\s+have|should've|ought\\s+to\\s+have", question: ASK.hindsight, verb: true },
  { pattern: 'failed\\s+to|failing\\s+to', question: ASK.failed, verb: true },
  { pattern: '(?:(?:my|his|her|their|your|our|whose)\\s+)?fault', question: ASK.fault },
  {
    pattern: [
      'forgot(?:ten)?', 'forgets', 'missed', 'misses', 'overlooked', 'overlooks', 'neglected', 'neglects', 'ignored', 'ignores',
      'skipped', 'botched', 'messed\\s+up', 'screwed\\s+up', 'dropped\\s+the\\s+ball', 'fails\\s+to',
      "(?:did\\s+not|didn't|never)\\s+(?:check|notice|test|verify|read|review|follow|confirm)(?:ed)?",
    ].join('|'),
    verb: true,
  },
];

/**
 * All of them in one pattern, one group each, so a text is read once. Word edges are checked
 * after a match (a hyphen counts as part of a word, so "fault-tolerant" is one word): a pattern
 * that looked behind at every place would read the text several times more slowly.
 */
const BLAME = new RegExp(BLAME_WORDS.map(({ pattern }) => `(${pattern})`).join('|'), 'gi');
const WORD_CHARACTER = /[\p{L}\p{N}_-]/u;

interface BlameWord {
  start: number;
  end: number;
  question?: string;
  verb: boolean;
}

/** The blame phrases and verbs of a normalised text, whole words only, in order. */
function blameWordsIn(text: string): BlameWord[] {
  const found: BlameWord[] = [];
  const pattern = new RegExp(BLAME);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (WORD_CHARACTER.test(text[start - 1] ?? ' ') || WORD_CHARACTER.test(text[end] ?? ' ')) {
      // Inside a word: look again from the next character, where a whole word may start.
      pattern.lastIndex = start + 1;
      continue;
    }
    // The patterns have no groups of their own, so group k + 1 is BLAME_WORDS[k].
    let group = 1;
    while (match[group] === undefined) group++;
    const { question, verb = false } = BLAME_WORDS[group - 1]!;
    if (match[0].toLowerCase() === 'fault' && isTechnicalFault(text, start)) continue;
    found.push({ start, end, question, verb });
  }
  return found;
}

/** Every blame phrase in `text`, as written there, with the question to ask instead. */
export function findBlamePhrases(text: string): BlamePhrase[] {
  const normalised = normalise(text);
  return blamePhrasesIn(text, normalised, blameWordsIn(normalised.text));
}

function blamePhrasesIn(written: string, normalised: NormalisedText, words: readonly BlameWord[]): BlamePhrase[] {
  return words.flatMap(({ start, end, question }) =>
    question === undefined ? [] : [{ ...quote(written, normalised, start, end), index: normalised.written(start), question }],
  );
}

function isTechnicalFault(text: string, index: number): boolean {
  const before = wordBefore(text, index);
  const after = text.slice(index + 'fault'.length, index + 'fault'.length + 24);
  return (before !== undefined && TECHNICAL_FAULT_BEFORE.test(text.slice(before[0], before[1]))) || TECHNICAL_FAULT_AFTER.test(after);
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

/** Everyone who counts as named, and the words that never name a person here. */
export interface PeopleNames {
  /** Each person of the registry and each participant, as one pattern (longest names first, so full names win). */
  pattern: RegExp;
  /** Single-word names (folded, lower case) that are also ordinary words. */
  ordinary: Set<string>;
  /** Every single word of a registered name or id (folded, lower case). */
  words: Set<string>;
  /** Words of service and team names (folded, lower case): "Checkout ignored the header" names a service. */
  notPeople: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const comparable = (text: string) => normalise(text.trim()).text.toLowerCase().replace(/\s+/g, ' ');

/**
 * Each person of the registry by full name, each word of it and id; each participant by id.
 * `notPeople` are names that are not people (services, teams), whose words never count as one.
 */
export function namesToMatch(
  people: ReadonlyMap<string, Pick<Person, 'name'>>,
  participants: readonly string[] = [],
  notPeople: Iterable<string> = [],
): PeopleNames {
  const names = new Set<string>();
  for (const [id, person] of people) {
    names.add(person.name).add(id);
    for (const part of person.name.split(/\s+/)) names.add(part);
  }
  for (const id of participants) names.add(id);
  const folded = [...names].map(comparable).filter((name) => name.length >= 2);
  const alternatives = [...new Set(folded)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${alternatives.map((name) => name.split(' ').map(escape).join('\\s+')).join('|') || '(?!)'})(?![\\p{L}\\p{N}_])`,
      'giu',
    ),
    ordinary: new Set(alternatives.filter((name) => !name.includes(' ') && ORDINARY_WORDS.has(name))),
    words: new Set(alternatives.filter((name) => !name.includes(' '))),
    notPeople: new Set([...notPeople].flatMap((name) => comparable(name).split(/[\s-]+/))),
  };
}

const NO_NAMES = namesToMatch(new Map());

/** The first registered person named in `text`, as written there. */
export function findPersonName(text: string, names: PeopleNames, startsSentence = true): string | undefined {
  return personNameIn(text, normalise(text), names, startsSentence)?.phrase;
}

function personNameIn(
  written: string,
  normalised: NormalisedText,
  names: PeopleNames,
  startsSentence: boolean,
): { phrase: string; readAs?: string; index: number } | undefined {
  const text = normalised.text;
  for (const match of text.matchAll(names.pattern)) {
    const ordinary = names.ordinary.has(match[0].toLowerCase());
    if (ordinary && (!/^\p{Lu}/u.test(match[0]) || isSentenceStart(text, match.index, startsSentence))) continue;
    const end = match.index + match[0].length;
    return { ...quote(written, normalised, match.index, end), index: normalised.written(match.index) };
  }
  return undefined;
}

function isSentenceStart(text: string, index: number, textStartsSentence: boolean): boolean {
  const before = text.slice(Math.max(0, index - 200), index);
  if (before.trim() === '' && index <= 200) return textStartsSentence;
  return /[.!?:;]["')\]]*\s+$|\n\s*$/.test(before);
}

// ---------------------------------------------------------------------------------------------
// A name next to a blame verb: "Bob forgot to renew the certificate", "missed by Sam"

/** Words that may stand between a subject and its verb: "Bob simply forgot", "Sam had missed". */
const BETWEEN = new Set(['had', 'has', 'just', 'simply', 'again', 'completely', 'totally', 'also', 'then', 'clearly', 'apparently', 'obviously', 'probably', 'somehow', 'once', 'still']);

/**
 * Capitalised words that come before a verb without naming a person: determiners and pronouns,
 * the roles and parts of an organisation and a system, and technical names.
 */
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you our their his her my your us them someone somebody nobody noone
  upon with without for from by of on in at to into onto over under about during until via per than as like unlike despite within
  enable disable add remove set run show hide allow include exclude retry rerun list count report log
  everyone everybody anyone anybody no one each every all both none either neither who which what whoever then also but and so
  yet because since when while after before if once there here nothing everything something anything meanwhile later earlier
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march july september october
  november december team engineer developer operator user customer reviewer owner admin administrator staff support security legal
  finance ops devops sre qa product platform infra infrastructure engineering management manager leadership sales marketing
  oncall on-call responder dashboard alert pager monitor automation tooling test ci cd pipeline deploy deployment release rollout
  rollback canary config code service server client database db cache queue job worker scheduler cron script system process
  policy runbook playbook review triage search checkout backup traffic validation validator check linter lint health healthcheck
  probe load balancer proxy gateway api app application frontend backend website site network firewall dns cdn cluster node pod
  container vendor provider partner carrier bank browser device phone mobile web email mail human people person shift handover
  nightly daily weekly manual batch upstream downstream primary replica leader follower master cert certificate token key
  google amazon aws azure gcp microsoft apple meta redis kafka postgres postgresql mysql mariadb mongo mongodb cassandra
  elasticsearch opensearch solr nginx apache haproxy envoy istio linkerd consul vault nomad kubernetes k8s docker helm terraform
  pulumi ansible chef puppet jenkins github gitlab bitbucket circleci travis argo argocd flux spinnaker datadog grafana prometheus
  loki splunk sentry pagerduty opsgenie jira confluence statuspage cloudflare fastly akamai stripe twilio sendgrid mailgun okta
  auth0 lambda s3 ec2 rds dynamodb sqs sns kinesis cloudfront bigquery snowflake redshift airflow spark hadoop flink rabbitmq
  activemq nats zookeeper etcd memcached varnish linux windows macos ubuntu debian chrome safari firefox edge android ios java
  python go golang rust ruby rails django flask react angular vue spring kotlin swift php laravel systemd openssl certbot oauth
  saml ldap graphql grpc`.split(/\s+/),
);

/**
 * Endings of nouns, not given names: Monitoring, Validation, Deployment, Readiness, Metrics,
 * Middleware, Technology, and people in the plural (Nominees, Reviewers, Operators, Assistants).
 */
const NOUN_ENDING = /(?:ing|tion|sion|ment|ness|ics|ware|ology)s?$|(?:ee|er|or|ist|ant|ent)s$/;

/** A capitalised word that is not all capitals: "Bob", "Zoë", "Jean-Luc", "O'Brien", "McKenzie". */
const CAPITALISED = /^(?:\p{Lu}'|Ma?c)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

function notAName(word: string, names: PeopleNames): boolean {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('es') && NOT_NAMES.has(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return NOT_NAMES.has(lower) || NOT_NAMES.has(singular) || names.notPeople.has(lower) || NOUN_ENDING.test(lower);
}

const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || (char !== undefined && char > '\x7f' && /\s/.test(char));
const isNameCharacter = (char: string | undefined) =>
  char !== undefined && (/[A-Za-z'-]/.test(char) ? true : char > '\x7f' && /\p{L}/u.test(char));

/** The word that ends at `end` (after blanks), as [start, end), or undefined. */
function wordBefore(text: string, end: number): [number, number] | undefined {
  let stop = end;
  while (stop > 0 && end - stop < 20 && isBlank(text[stop - 1])) stop--;
  if (stop === end) return undefined;
  let start = stop;
  while (start > 0 && stop - start < 40 && isNameCharacter(text[start - 1])) start--;
  return start < stop && !/[\p{L}\p{N}_]/u.test(text[start - 1] ?? ' ') ? [start, stop] : undefined;
}

const AGENT = /\s{1,20}by\s{1,20}([\p{L}'-]{1,40})/uy;

/** The word after "by" that follows `start`: "missed by Sam". */
function agentAfter(text: string, start: number): [number, number] | undefined {
  if (!isBlank(text[start])) return undefined;
  const agent = new RegExp(AGENT);
  agent.lastIndex = start;
  const match = agent.exec(text);
  if (!match) return undefined;
  const from = start + match[0].length - match[1]!.length;
  return [from, from + match[1]!.length];
}

/** Every name next to a blame verb in `text`: registered people, and capitalised given names that are not words of the system. */
export function findNamedBlame(text: string, names: PeopleNames = NO_NAMES): NamedBlame[] {
  const normalised = normalise(text);
  return namedBlameIn(text, normalised, blameWordsIn(normalised.text), names);
}

function namedBlameIn(written: string, normalised: NormalisedText, words: readonly BlameWord[], names: PeopleNames): NamedBlame[] {
  const text = normalised.text;
  const found: NamedBlame[] = [];
  const isName = ([start, end]: [number, number]) => {
    const candidate = text.slice(start, end);
    const lower = candidate.toLowerCase();
    if (names.words.has(lower)) return !names.ordinary.has(lower) || /^\p{Lu}/u.test(candidate);
    return CAPITALISED.test(candidate) && !notAName(candidate, names);
  };
  for (const { start, end, verb, question } of words) {
    if (!verb) continue;
    let subject = wordBefore(text, start);
    if (subject && BETWEEN.has(text.slice(subject[0], subject[1]).toLowerCase())) subject = wordBefore(text, subject[0]);
    const agent = agentAfter(text, end);
    const named = subject && isName(subject) ? subject : agent && isName(agent) ? agent : undefined;
    if (!named) continue;
    const [from, to] = named === subject ? [named[0], end] : [start, named[1]];
    found.push({
      name: quote(written, normalised, named[0], named[1]).phrase,
      ...quote(written, normalised, from, to),
      index: normalised.written(from),
      end: normalised.written(to),
      question: question ?? ASK.failed,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Where the rules apply

type Level = 'error' | 'warning';

/** A problem of one text, at `index` in it as written. */
interface TextProblem extends LanguageProblem {
  index: number;
}

/**
 * Every language problem of one text. At `error` level (title, root cause, factors) a registered
 * name anywhere is a problem too; everywhere, a name next to a blame verb and a blame phrase are.
 * `where` names the text in messages, like "`rootCause.summary`".
 */
function checkText(written: string, level: Level, names: PeopleNames, where: string, what: string, startsSentence = true): TextProblem[] {
  const normalised = normalise(written);
  const words = blameWordsIn(normalised.text);
  const problems: TextProblem[] = [];
  const blamed = namedBlameIn(written, normalised, words, names);
  // A name or a blame phrase inside a named blame ("Bob failed to") is reported once, with the name.
  const inNamedBlame = within(blamed);
  for (const found of blamed) {
    problems.push({ index: found.index, severity: level, rule: 'person-named',
      message: `${where} says ${quoted(found)}, which names a person and what they did not do. ${what} ${found.question}` });
  }
  if (level === 'error') {
    const person = personNameIn(written, normalised, names, startsSentence);
    if (person && !inNamedBlame(person.index)) {
      problems.push({ index: person.index, severity: level, rule: 'person-named', message: `${where} names a person (${quoted(person)}). ${what}` });
    }
  }
  for (const found of blamePhrasesIn(written, normalised, words)) {
    if (inNamedBlame(found.index)) continue;
    problems.push({ index: found.index, severity: level, rule: 'blame-phrase',
      message: `${where} says ${quoted(found)}, which points at a person, not the system. ${found.question}` });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** Whether an index falls inside one of the spans (in order of start): a binary search, however many there are. */
function within(spans: readonly { index: number; end: number }[]): (index: number) => boolean {
  const furthest: number[] = [];
  for (const span of spans) furthest.push(Math.max(span.end, furthest.at(-1) ?? 0));
  return (index) => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (spans[middle]!.index <= index) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthest[low - 1]! > index;
  };
}

const TITLE_WHAT = 'Say what failed in the system, in plain words.';

/**
 * The title alone, as `npm run new` checks it before it makes the file name from it: a person's
 * name, a name next to a blame verb, or a blame phrase, each an error.
 */
export function checkTitleLanguage(title: string, names: PeopleNames = NO_NAMES): LanguageProblem[] {
  return checkText(title, 'error', names, 'The title', TITLE_WHAT).map(({ severity, rule, message }) => ({ severity, rule, message }));
}

/** Each front-matter text field the rules read, at its level, with what the field is for. */
function textFields(raw: unknown): { path: PropertyKey[]; level: Level; what: string }[] {
  const list = (field: string, key?: string) => {
    const items = valueAt(raw, [field]);
    return Array.isArray(items) ? items.map((_, index): PropertyKey[] => (key === undefined ? [field, index] : [field, index, key])) : [];
  };
  const SYSTEM = 'is a condition in the system, true whoever had been on shift: describe that condition.';
  const warning = (path: PropertyKey[]) => ({ path, level: 'warning' as const, what: 'Describe what the system made easy or hard.' });
  return [
    { path: ['title'], level: 'error', what: TITLE_WHAT },
    { path: ['rootCause', 'summary'], level: 'error', what: `The root cause ${SYSTEM}` },
    ...list('contributingFactors', 'factor').map((path) => ({ path, level: 'error' as const, what: `A contributing factor ${SYSTEM}` })),
    ...[['summary'], ['impact'], ['resolution']].map(warning),
    ...['what', 'information', 'decision'].flatMap((key) => list('timeline', key)).map(warning),
    ...['why', 'because'].flatMap((key) => list('whys', key)).map(warning),
    ...['wentWell', 'learnings', 'gotLucky'].flatMap((field) => list(field)).map(warning),
    ...['action', 'successMetric'].flatMap((key) => list('actions', key)).map(warning),
  ];
}

/**
 * Front-matter fields: in the title, the root cause and the factors, a person's name or a blame
 * phrase is an error; in every other text field, a name next to a blame verb or a blame phrase is
 * a warning.
 */
export function checkFrontMatterLanguage(raw: unknown, names: PeopleNames): FieldLanguageProblem[] {
  const problems: FieldLanguageProblem[] = [];
  for (const { path, level, what } of textFields(raw)) {
    const text = valueAt(raw, path);
    if (typeof text !== 'string') continue;
    for (const { severity, rule, message } of checkText(text, level, names, `\`${fieldName(path)}\``, what)) {
      problems.push({ path, severity, rule, message });
    }
  }
  return problems;
}

/** The narrative: a name next to a blame verb, or a blame phrase, is a warning (code and block quotes are not prose). */
export function checkProseLanguage(prose: readonly ProseRun[], names: PeopleNames = NO_NAMES): ProseLanguageProblem[] {
  return prose.flatMap((run) =>
    checkText(run.text, 'warning', names, 'The narrative', 'Describe what the system made easy or hard.', run.startsSentence).map(
      ({ index, severity, rule, message }) => ({ ...run.at(index), severity, rule, message }),
    ),
  );
}
