/**
 * JSON text with every character outside ASCII written as a `\u` escape; `JSON.parse` reads it
 * back to the same value. Astro bundles its content store into one JavaScript module, and a single
 * non-ASCII character anywhere in it makes V8 scan the whole module as two-byte text: at 5,000
 * write-ups that module took 8.2 s to load instead of 2.2 s. So everything the loaders store is
 * ASCII (the narrative's HTML too: see write-up/html.ts).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `text` is plain ASCII. */
export function isAscii(text: string): boolean {
  return !/[^\0-\x7f]/.test(text);
}
