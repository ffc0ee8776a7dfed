/**
 * `npx tsx scripts/compare-sites.ts <before> <after>`: compares two builds of the site page by page
 * and export by export, as a reader would see them (markup whitespace, the bundler's file names and
 * the export's generation time ignored), and prints each difference with a little context. For
 * refactors that must not change what pages show, and to list exactly what a change did change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: npx tsx scripts/compare-sites.ts <before-dir> <after-dir>');
  process.exit(2);
}

const pages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|csv|json|xml|txt)$/.test(file) && !file.startsWith('pagefind') && !file.startsWith('_astro'))
    .sort();

/**
 * The page as text a reader compares: whitespace between tags gone, and styles left out (the
 * bundler decides which are inlined and which are files, and names files by hash).
 */
function normalised(text: string): string {
  return text
    .replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""')
    .replace(/<link rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>/g, '')
    .replace(/\/_astro\/[\w.-]+\.(css|js)/g, '/_astro/asset.$1')
    .replace(/ data-astro-cid-\w+(="[^"]*")?/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ');
}

const beforePages = new Set(pages(before));
const afterPages = new Set(pages(after));
let differences = 0;
for (const file of [...new Set([...beforePages, ...afterPages])].sort()) {
  if (!beforePages.has(file) || !afterPages.has(file)) {
    console.log(`${beforePages.has(file) ? '- only before' : '+ only after'}: ${file}`);
    differences += 1;
    continue;
  }
  const a = normalised(readFileSync(path.join(before, file), 'utf8'));
  const b = normalised(readFileSync(path.join(after, file), 'utf8'));
  if (a === b) continue;
  differences += 1;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const context = 60;
  console.log(`~ ${file}\n    before: …${a.slice(Math.max(0, start - context), endA + context)}…\n    after:  …${b.slice(Math.max(0, start - context), endB + context)}…`);
}
console.log(`\n${differences} file(s) differ out of ${afterPages.size} (${existsSync(before) ? beforePages.size : 0} before).`);
process.exit(differences > 0 ? 1 : 0);
