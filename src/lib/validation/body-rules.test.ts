import { describe, expect, it } from 'vitest';
import type { ImageFiles } from '../write-up/images';
import { NO_IMAGE_FILES } from '../write-up/image-files';
import { readWriteUp } from '../write-up/read';
import { checkBody, type BodyProblem } from './body-rules';

/** Eight lines of front matter and fences: the body starts on line 10 of its file. */
const FRONT_MATTER = `---\n${[1, 2, 3, 4, 5, 6, 7].map((n) => `x${n}: 1\n`).join('')}---\n`;
const BODY_LINE = 10;

/** One picture in the library, beside the write-up. */
const ONE_IMAGE: ImageFiles = (path) =>
  path === '2024/queue.png' ? { found: true, type: 'png', digest: 'abc123', width: 640, height: 480 } : { found: false, why: 'missing' };

function read(body: string, format: 'mdx' | 'markdown' = 'mdx', images: ImageFiles = NO_IMAGE_FILES) {
  return readWriteUp(FRONT_MATTER + body, { libraryPath: `2024/2024-05-01-x.${format === 'mdx' ? 'mdx' : 'md'}`, images, base: '/', timeZone: 'UTC' });
}

function problems(body: string, format: 'mdx' | 'markdown' = 'mdx', images: ImageFiles = NO_IMAGE_FILES): BodyProblem[] {
  const reading = read(body, format, images);
  const found: BodyProblem[] = reading.problems.map((problem) => ({ ...problem, severity: 'error' as const }));
  if (reading.body) found.push(...checkBody(reading.body).problems);
  return found;
}

function only(body: string, rule: string, format: 'mdx' | 'markdown' = 'mdx'): BodyProblem {
  const found = problems(body, format);
  expect(found.map((p) => `${p.severity} ${p.rule}`)).toEqual([`error ${rule}`]);
  return found[0]!;
}

describe('allowed content', () => {
  it('Markdown, tables, code, comments, plain elements and a stored image raise nothing', () => {
    const body = [
      '## What happened',
      '',
      'The job ran at *night* and **nobody** watched it; see [the runbook](https://runbooks.example.com/reconcile), [the log](/log/), [below](#details) or [mail](mailto:oncall@example.com).',
      '',
      '| step | minutes |',
      '| ---- | ------: |',
      '| detect | 14 |',
      '',
      '```js',
      "import fs from 'node:fs'",
      '<script>{process.env.SECRET}</script> onClick javascript:alert(1)',
      '```',
      '',
      'Inline `{x}` and `<5 minutes` and `javascript:x` are code, so text.',
      '',
      '{/* a note for the next reviewer */}',
      '',
      '![The queue depth](./queue.png)',
      '',
      'Escaped \\{braces\\} and 5 \\< 6, and a > b.',
      '',
      '<details><summary>Raw numbers</summary>Forty-one allocations, <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <abbr title="time to detect">TTD</abbr>, <mark>this</mark>.</details>',
      '',
      '- [x] a task',
      '',
      'A note.[^1]',
      '',
      '[^1]: The footnote.',
    ].join('\n');
    expect(problems(body, 'mdx', ONE_IMAGE)).toEqual([]);
  });

  it('the documented components, with their attributes', () => {
    const body = [
      '<Figure src="./queue.png" alt="Queue depth rising to 41,000" caption="The queue grew for 33 minutes." />',
      '',
      '<ChannelQuote at="2024-05-01T17:02:00-04:00" from="on-call engineer" channel="#inc-billing">',
      '  Reconciliation reports zero mismatches, which is odd.',
      '</ChannelQuote>',
    ].join('\n');
    expect(problems(body, 'mdx', ONE_IMAGE)).toEqual([]);
  });
});

describe('code: nothing of a write-up is run', () => {
  it('refuses any import, naming the module', () => {
    const d = only('Text.\n\nimport fs from "node:fs"\n', 'body-import-export');
    expect(d.message).toContain('"node:fs"');
    expect({ line: d.line, column: d.column }).toEqual({ line: BODY_LINE + 2, column: 1 });
    expect(only("import cp from 'child_process'", 'body-import-export').message).toContain('"child_process"');
  });

  it('refuses an import of a documented component too: none is needed', () => {
    expect(only("import Figure from '../../src/components/Figure.astro'", 'body-import-export').message).toContain('need no import');
  });

  it('refuses exports', () => {
    expect(only("export const x = require('fs').writeFileSync('/tmp/x', 'pwned')", 'body-import-export').message).toContain('exports JavaScript');
  });

  it('refuses expressions in text and flow, but not MDX comments', () => {
    const d = only('Home is {process.env.HOME}.', 'body-expression');
    expect(d.message).toContain('{process.env.HOME}');
    expect(d.column).toBe(9);
    expect(only('{\n  require("fs").writeFileSync("x", "y")\n}', 'body-expression').line).toBe(BODY_LINE);
    expect(problems('{/* one */} and {/* two */ /* three */}')).toEqual([]);
    expect(only('{/* a */ process.exit(1) /* b */}', 'body-expression')).toBeTruthy();
  });

  it('refuses attribute expressions and spreads', () => {
    expect(only('<a href={url}>x</a>', 'body-expression').message).toContain('href={url}');
    expect(only('<a {...props}>x</a>', 'body-expression').message).toContain('spreads');
  });

  it('refuses components that are not documented, naming the ones that are', () => {
    const d = only('<Chart data="x" />', 'body-component');
    expect(d.message).toContain('`<Chart>`');
    expect(d.message).toContain('<Figure>');
    expect(only('<ui.Box />', 'body-component')).toBeTruthy();
  });

  it('checks the attributes of documented components', () => {
    expect(problems('<Figure src="./queue.png" alt="Queue" />', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['body-component-attribute']);
    expect(problems('<Figure src="./queue.png" alt="Queue" caption="c" onload="x" />', 'mdx', ONE_IMAGE)[0]!.message).toContain('no attribute `onload`');
    expect(only('<ChannelQuote at="17:02">Hi</ChannelQuote>', 'body-component-attribute').message).toContain('UTC offset');
    expect(only('<ChannelQuote from="sre">Hi</ChannelQuote>', 'body-component-attribute').message).toContain('needs `at`');
  });

  it('a parse error stops the other body checks', () => {
    expect(problems('<script>x</script>\n\nIt took {5 minutes.').map((p) => p.rule)).toEqual(['mdx-bare-brace']);
  });
});

describe('markup: only the allowlist reaches a page', () => {
  it.each(['script', 'style', 'iframe', 'object', 'embed', 'meta', 'base', 'link', 'frame', 'form', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'svg', 'math', 'template'])(
    'refuses <%s> as an element that can run code or change the page',
    (name) => {
      expect(only(`<${name} src="x.js"></${name}>`, 'body-forbidden-element').message).toContain(`<${name}>`);
    },
  );

  it('refuses elements outside the allowlist that run nothing, by another rule', () => {
    expect(only('<center>x</center>', 'body-element').message).toContain('<center>');
    expect(only('<marquee>x</marquee>', 'body-element')).toBeTruthy();
  });

  it('refuses a table cell outside a table', () => {
    expect(only('<td>x</td>', 'body-element').message).toContain('inside <table>');
  });

  it('refuses event handlers in any case, directives and style attributes', () => {
    expect(only('Text\n\n<b onMouseOver="alert(1)">x</b>', 'body-event-handler').line).toBe(BODY_LINE + 2);
    expect(only('<div onclick="x">y</div>', 'body-event-handler')).toBeTruthy();
    expect(only('<div client:load>x</div>', 'body-directive').message).toContain('client:load');
    expect(only('<div set:html="<script>x</script>">x</div>', 'body-directive').message).toContain('set:html');
    expect(only('<p style="position:fixed;inset:0">x</p>', 'body-attribute').message).toContain('style');
    expect(only('<p id="main">x</p>', 'body-attribute').message).toContain('`id`');
  });

  it.each([
    ['[docs](javascript:alert(1))', 'markdown link'],
    ['[docs][x]\n\n[x]: JaVaScRiPt:alert(1)', 'reference definition'],
    ['<a href="java&#x09;script&colon;alert(1)">x</a>', 'entities and a tab'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'a decimal entity'],
    ['<a href=" javascript:alert(1)">x</a>', 'a leading space'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'a data URL'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'vbscript'],
    ['<a href="//evil.example/">x</a>', 'another host, scheme-relative'],
    ['<a href="\\\\evil.example/">x</a>', 'another host, backslashes'],
    ['<a href="ftp://files.example/">x</a>', 'a scheme outside the list'],
    ['<q cite="javascript:alert(1)">x</q>', 'a cite'],
  ])('refuses %j (%s)', (body) => {
    expect(only(body, 'body-url')).toBeTruthy();
  });

  it('refuses HTML comments in Markdown, where they would hide text from reviewers', () => {
    expect(only('Text <!-- hidden --> more', 'body-html-comment', 'markdown')).toBeTruthy();
  });

  it('explains an HTML comment in MDX', () => {
    expect(only('<!-- note -->', 'mdx-html-comment').message).toContain('{/* … */}');
  });
});

describe('images: files of the library, of an image type, with alt text', () => {
  it('a stored image is fine; a missing one, one that leaves the library, another type and a remote one are errors', () => {
    expect(problems('![Queue](./queue.png)', 'mdx', ONE_IMAGE)).toEqual([]);
    expect(problems('![Queue](./missing.png)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-missing']);
    expect(problems('![Queue](../../../etc/passwd.png)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-location']);
    expect(problems('![Code](./payload.mjs)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-type']);
    expect(problems('![Logo](./logo.svg)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-type']);
    expect(problems('![Pixel](https://tracker.example.com/pixel.png)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-location']);
    expect(problems('![Inline](data:image/png;base64,AAAA)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-location']);
  });

  it('names the path, never the file content', () => {
    const [d] = problems('![Code](./payload.mjs)', 'mdx', ONE_IMAGE);
    expect(d!.message).toContain('./payload.mjs');
  });

  it('alt text is required, in Markdown and in HTML', () => {
    expect(problems('![](./queue.png)', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-alt']);
    expect(problems('<img src="./queue.png" />', 'mdx', ONE_IMAGE).map((p) => p.rule)).toEqual(['image-alt']);
  });

  it('a file whose bytes are not the type its name says is refused', () => {
    const renamed: ImageFiles = () => ({ found: false, why: 'not-an-image', detected: 'SVG' });
    expect(problems('![Chart](./chart.png)', 'mdx', renamed)[0]!.message).toContain('a SVG file');
  });
});

describe('raw HTML in plain Markdown write-ups', () => {
  it('goes through the same tree and allowlist', () => {
    expect(only('<script>alert(1)</script>', 'body-forbidden-element', 'markdown')).toBeTruthy();
    expect(only('<b onclick="alert(1)">x</b>', 'body-event-handler', 'markdown')).toBeTruthy();
    expect(only('<div><b/onmouseover="alert(1)">x</b></div>', 'body-event-handler', 'markdown')).toBeTruthy();
    expect(only('<a href="jav&#x09;ascript:alert(1)">x</a>', 'body-url', 'markdown')).toBeTruthy();
  });

  it('reads what a regular expression would misread as the browser does', () => {
    // An unbalanced quote makes it no tag at all in Markdown: text, for the check and the page alike.
    expect(problems('<b title="x onclick=alert(1)>y</b>', 'markdown')).toEqual([]);
    expect(read('<b title="x onclick=alert(1)>y</b>', 'markdown').body!.hast.children[0]).toMatchObject({ tagName: 'p', children: [{ type: 'text' }] });
    // A non-breaking space around "=" is no attribute syntax to Markdown: again text.
    expect(problems('<b onclick\u00a0=\u00a0"alert(1)">y</b>', 'markdown')).toEqual([]);
    expect(read('<b onclick\u00a0=\u00a0"alert(1)">y</b>', 'markdown').body!.hast.children[0]).toMatchObject({ tagName: 'p', children: [{ type: 'text' }] });
  });

  it('breaking out of a raw-text element is refused', () => {
    expect(problems('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 'markdown').map((p) => p.rule)).toContain('body-forbidden-element');
  });

  it('reads braces and < as text in Markdown', () => {
    expect(problems('Took {5 minutes} and <5 retries', 'markdown')).toEqual([]);
  });
});

describe('MDX traps get a plain explanation', () => {
  it('a bare { points at the brace', () => {
    const d = only('First line.\n\nIt took {5 minutes to notice.', 'mdx-bare-brace');
    expect({ line: d.line, column: d.column }).toEqual({ line: BODY_LINE + 2, column: 9 });
    expect(d.message).toContain('\\{');
  });

  it('a bare < before a digit or letter says to write it in words', () => {
    const d = only('Detected in <5 minutes.', 'mdx-bare-less-than');
    expect(d.message).toContain('under 5 minutes');
    expect(d.column).toBe(13);
  });

  it('an unclosed tag names it', () => {
    const d = only('Intro.\n\nA <b>bold claim\n\nnext', 'mdx-unclosed-tag');
    expect(d.message).toContain('`<b>` is never closed');
    expect({ line: d.line, column: d.column }).toEqual({ line: BODY_LINE + 2, column: 3 });
  });

  it('autolinks and prose starting with "export" get their own advice', () => {
    expect(only('See <https://example.com>.', 'mdx-autolink').message).toContain('[text](https://…)');
    expect(only('export jobs ran late.', 'mdx-import-export-prose').message).toContain('export jobs ran late.');
  });

  it('anything else is a plain syntax error, without the parser\'s jargon', () => {
    expect(only('x </b>', 'mdx-syntax').message).not.toMatch(/U\+|micromark|acorn/);
  });
});

describe('prose for the language rules', () => {
  const proseOf = (body: string) => checkBody(read(body).body!).prose;

  it('leaves out code, inline code, block quotes and channel quotes', () => {
    const prose = proseOf('Plain words.\n\n> quoted words\n\n`code words`\n\n```\nblock words\n```\n\n<ChannelQuote at="2024-05-01T17:02:00Z">channel words</ChannelQuote>');
    expect(prose.map((run) => run.text)).toEqual(['Plain words.']);
  });

  it('maps an index in a run to the file', () => {
    const prose = checkBody(readWriteUp(`---\nx: 1\n---\n\nIntro.\n\nSecond *para*graph\nwraps here.`, { libraryPath: 'a.mdx', images: NO_IMAGE_FILES, base: '/', timeZone: 'UTC' }).body!).prose;
    const wrap = prose.find((run) => run.text.includes('wraps'))!;
    expect(wrap.at(wrap.text.indexOf('wraps'))).toEqual({ line: 8, column: 1 });
    expect(prose[0]!.startsSentence).toBe(true);
  });
});
