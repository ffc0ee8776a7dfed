import { describe, expect, it } from 'vitest';
import { NO_IMAGE_FILES } from './image-files';
import { formatOf, readWriteUp, renderReading } from './read';

const options = { libraryPath: '2024/2024-05-01-x.mdx', images: NO_IMAGE_FILES, base: '/', timeZone: 'UTC' };

describe('readWriteUp', () => {
  it('reads the front matter, the body and its trees in one go, with positions in the file', () => {
    const reading = readWriteUp('---\ntitle: A title here\n---\n\n## What happened\n\nWords.', options);
    expect(reading.problems).toEqual([]);
    expect(reading.frontMatter!.value).toEqual({ title: 'A title here' });
    expect(reading.body!.mdast.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(reading.body!.hast.children.some((node) => node.type === 'element' && node.tagName === 'h2')).toBe(true);
    expect(reading.body!.toFile(2, 1)).toEqual({ line: 5, column: 1 });
  });

  it('does not read YAML whose fence is in doubt, and reads a body that does not parse no further', () => {
    expect(readWriteUp('---\ntitle: A\n---x: y\n---\nBody', options).frontMatter).toBeUndefined();
    const broken = readWriteUp('---\ntitle: A\n---\nIt took {5 minutes.', options);
    expect(broken.body).toBeUndefined();
    expect(broken.problems.map((problem) => problem.rule)).toEqual(['mdx-bare-brace']);
  });

  it('reads .md write-ups as Markdown, their raw HTML as elements', () => {
    expect(formatOf('a.md')).toBe('markdown');
    const reading = readWriteUp('---\ntitle: A\n---\n<b onclick="x">y</b>', { ...options, libraryPath: 'a.md' });
    expect(JSON.stringify(reading.body!.hast)).toContain('"tagName":"b"');
  });

  it('renders the reading it checked', () => {
    const reading = readWriteUp('---\ntitle: A\n---\n## What happened\n\n<b onclick="x">y</b>', options);
    expect(renderReading(reading)).toMatchObject({ html: '<h2 id="what-happened">What happened</h2>\n<b>y</b>', headings: [{ depth: 2, slug: 'what-happened', text: 'What happened' }] });
  });
});
