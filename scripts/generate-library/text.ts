/** Small text helpers: slot filling, numbers and durations as people write them, word counts. */

export type Slots = Readonly<Record<string, string>>;

/** Replaces every `{slot}`; an unknown slot throws, so no brace ever reaches an MDX body. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`No value for the slot {${name}} in "${template}".`);
    return value;
  });
}

/** First letter upper case: slots like "the card processor" can open a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** First letter lower case, unless the first word is an acronym or a name: "TLS", "Checkout". */
export function lowerFirst(text: string, names: readonly string[]): string {
  if (/^[A-Z]{2}/.test(text) || names.some((name) => text.startsWith(name))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** 12400 → "12,400". */
export function thousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** Minutes as a write-up says them: "45 minutes", "2 hours 10 minutes", "3 days". */
export function duration(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return plural(Math.round(minutes / 1440), 'day');
  const rest = minutes % 60;
  return hours < 6 && rest !== 0 ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(Math.round(minutes / 60), 'hour');
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Words of a title that say little in a file name. */
const SLUG_STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'and', 'in', 'on', 'at', 'by', 'with', 'its', 'it', 'was', 'were', 'after', 'when',
  'from', 'that', 'is', 'be', 'as', 'into', 'had', 'has', 'been', 'before', 'while', 'because', 'nobody', 'anyone',
]);

/** A kebab-case slug of a title's first meaningful words. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !SLUG_STOP_WORDS.has(word));
  return words.slice(0, 6).join('-') || 'incident';
}

/** Folds text into lines of at most `width` characters, for YAML block scalars. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
