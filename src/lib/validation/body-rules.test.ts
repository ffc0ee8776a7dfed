import { describe, expect, it } from 'vitest';
import { checkBody, isScriptUrl, type BodyProblem } from './body-rules';

/** The body starts on line 10 of its file, as after a front matter block. */
const BODY_LINE = 10;

function problems(body: string, format: 'mdx' | 'markdown' = 'mdx'): BodyProblem[] {
  return checkBody(body, { bodyLine: BODY_LINE, format }).problems;
}

function only(body: string, rule: string, format: 'mdx' | 'markdown' = 'mdx'): BodyProblem {
  const found = problems(body, format);
  expect(found.map((p) => `${p.severity} ${p.rule}`)).toEqual([`error ${rule}`]);
  return found[0]!;
}

describe('allowed content', () => {
  it('Markdown, tables, code, comments and relative images raise nothing', () => {
    const body = [
      '## What happened',
      '',
      'The job ran at *night* and **nobody** watched it; see [the runbook](https://runbooks.example.com/reconcile).',
      '',
      '| step | minutes |',
      '| ---- | ------: |',
      '| detect | 14 |',
      '',
      '```js',
      "import fs from 'node:fs'",
      "<script>{process.env.SECRET}</script> onClick javascript:alert(1)",
      '```',
      '',
      'Inline `{x}` and `<5 minutes` and `javascript:x` are code, so text.',
      '',
      '{/* a note for the next reviewer */}',
      '',
      '![The queue depth](./queue.png)',
      '',
      'Escaped \\{braces\\} and 5 \\< 6, and a > b, a < b.',
      '',
      '<details><summary>Raw numbers</summary>Forty-one allocations.</details>',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });
});

describe('code that would run during the build', () => {
  it('refuses any import, naming the module', () => {
    const d = only('Text.\n\nimport fs from "node:fs"\n', 'body-import-export');
    expect(d.message).toContain('"node:fs"');
    expect(d.line).toBe(BODY_LINE + 2);
    expect(d.column).toBe(1);
    expect(only("import cp from 'child_process'", 'body-import-export').message).toContain('"child_process"');
  });

  it('refuses exports', () => {
    const d = only("export const x = require('fs').writeFileSync('/tmp/x', 'pwned')", 'body-import-export');
    expect(d.message).toContain('exports JavaScript');
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

  it('refuses components, since none is documented for write-ups yet', () => {
    expect(only('<Chart data="x" />', 'body-component').message).toContain('`<Chart>`');
    expect(only('<ui.Box />', 'body-component')).toBeTruthy();
  });

  it('allows a documented component and its import, and nothing else from that import line', () => {
    const components = new Map([['Callout', '../../src/components/Callout.astro']]);
    const check = (body: string) => checkBody(body, { bodyLine: 1, format: 'mdx', components }).problems.map((p) => p.rule);
    expect(check("import Callout from '../../src/components/Callout.astro'\n\n<Callout>Note.</Callout>")).toEqual([]);
    expect(check("import Callout from './evil.js'")).toEqual(['body-import-export']);
    expect(check("import Callout, { x } from '../../src/components/Callout.astro'")).toEqual(['body-import-export']);
    expect(check("import Callout from '../../src/components/Callout.astro'\nexport const x = 1")).toEqual(['body-import-export']);
    expect(check('<Chart />')).toEqual(['body-component']);
  });
});

describe('code that would run in the reader\'s browser', () => {
  it.each(['script', 'SCRIPT', 'Style', 'iframe', 'object', 'embed', 'meta'])('refuses <%s>', (name) => {
    expect(only(`<${name} src="x.js"></${name}>`, 'body-forbidden-element').message).toContain(`<${name}>`);
  });

  it('refuses event handlers, any case, pointing at the attribute', () => {
    const d = only('Text\n\n<img src="a.png" onError="alert(1)" />', 'body-event-handler');
    expect(d.message).toContain('onError');
    expect({ line: d.line, column: d.column }).toEqual({ line: BODY_LINE + 2, column: 18 });
    expect(only('<div onclick="x">y</div>', 'body-event-handler')).toBeTruthy();
  });

  it('refuses Astro directives: client:, set:html', () => {
    expect(only('<div client:load />', 'body-directive').message).toContain('client:load');
    expect(only('<div set:html="<script>x</script>" />', 'body-directive').message).toContain('set:html');
  });

  it('refuses javascript: URLs in links, references, images and attributes', () => {
    expect(only('[docs](javascript:alert(1))', 'body-javascript-url')).toBeTruthy();
    expect(only('[docs][x]\n\n[x]: JaVaScRiPt:alert(1)', 'body-javascript-url')).toBeTruthy();
    expect(only('![x](javascript:alert(1))', 'body-javascript-url')).toBeTruthy();
    expect(only('<a href="java&#x09;script&colon;alert(1)">x</a>', 'body-javascript-url').message).toContain('href');
  });

  it('warns about images not stored beside the write-up', () => {
    const [d] = problems('![x](https://tracker.example.com/pixel.png)');
    expect(d).toMatchObject({ severity: 'warning', rule: 'body-image-location' });
  });
});

describe('what only the build\'s own parser sees', () => {
  it('an expression in a GitHub footnote, which CommonMark reads as a link definition', () => {
    expect(only('Intro.[^1]\n\n[^1]: {process.env.HOME}', 'body-expression').line).toBe(BODY_LINE + 2);
  });

  it('an expression in a footnote\'s indented paragraph, which CommonMark reads as code', () => {
    expect(only('Intro.[^1]\n\n[^1]: A note.\n\n    {process.env.HOME}', 'body-expression').line).toBe(BODY_LINE + 4);
  });

  it('reports a finding both parsers see once', () => {
    expect(problems('<a\n  href="#x"\n  onClick="x">t</a>').map((p) => p.rule)).toEqual(['body-event-handler']);
  });
});

describe('isScriptUrl', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '&#106;avascript:x', 'javascript&colon;x', '&#x6A;avascript:x', 'vbscript:x'])(
    'reads %j as a script URL',
    (url) => expect(isScriptUrl(url)).toBe(true),
  );
  it.each(['https://example.com/javascript:x', './javascript-notes.png', 'mailto:oncall@example.com', '#javascript'])('reads %j as a plain URL', (url) =>
    expect(isScriptUrl(url)).toBe(false),
  );
});

describe('raw HTML in plain Markdown write-ups', () => {
  it('checks raw HTML the same way', () => {
    expect(only('<script>alert(1)</script>', 'body-forbidden-element', 'markdown')).toBeTruthy();
    expect(only('<img src="a.png" onerror="alert(1)">', 'body-event-handler', 'markdown')).toBeTruthy();
    expect(only('<div><img/src="x.png"/onerror="alert(1)"></div>', 'body-event-handler', 'markdown')).toBeTruthy();
    expect(only('<a href="jav&#x09;ascript:alert(1)">x</a>', 'body-javascript-url', 'markdown')).toBeTruthy();
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
    expect(only('The config {retries: 3, timeout 5} was wrong.', 'mdx-bare-brace').column).toBe(12);
  });

  it('a bare < before a digit or letter says to write it in words', () => {
    const d = only('Detected in <5 minutes.', 'mdx-bare-less-than');
    expect(d.message).toContain('under 5 minutes');
    expect(d.column).toBe(13);
    expect(only('p99 <= 200ms', 'mdx-bare-less-than')).toBeTruthy();
    expect(only('latency went a<b', 'mdx-bare-less-than')).toBeTruthy();
  });

  it('an unclosed tag names it', () => {
    const d = only('Intro.\n\nA <b>bold claim\n\nnext', 'mdx-unclosed-tag');
    expect(d.message).toContain('`<b>` is never closed');
    expect({ line: d.line, column: d.column }).toEqual({ line: BODY_LINE + 2, column: 3 });
    expect(only('<div>\nunclosed', 'mdx-unclosed-tag').message).toContain('</div>');
  });

  it('HTML comments, autolinks and prose starting with "export" get their own advice', () => {
    expect(only('<!-- note -->', 'mdx-html-comment').message).toContain('{/* … */}');
    expect(only('See <https://example.com>.', 'mdx-autolink').message).toContain('[text](https://…)');
    expect(only('export jobs ran late.', 'mdx-import-export-prose').message).toContain('export jobs ran late.');
  });

  it('anything else is a plain syntax error, without the parser\'s jargon', () => {
    const d = only('x </b>', 'mdx-syntax');
    expect(d.message).not.toMatch(/U\+|micromark|acorn/);
  });

  it('a parse error stops the other body checks', () => {
    expect(problems('<script>x</script>\n\nIt took {5 minutes.').map((p) => p.rule)).toEqual(['mdx-bare-brace']);
  });
});

describe('prose for the language rules', () => {
  it('leaves out code, inline code and block quotes', () => {
    const { prose } = checkBody('Plain words.\n\n> quoted words\n\n`code words`\n\n```\nblock words\n```', { bodyLine: 1, format: 'mdx' });
    expect(prose.map((run) => run.text)).toEqual(['Plain words.']);
  });

  it('maps an index in a run to the file', () => {
    const { prose } = checkBody('Intro.\n\nSecond *para*graph\nwraps here.', { bodyLine: 5, format: 'mdx' });
    const wrap = prose.find((run) => run.text.includes('wraps'))!;
    expect(wrap.at(wrap.text.indexOf('wraps'))).toEqual({ line: 8, column: 1 });
    expect(prose[0]!.startsSentence).toBe(true);
  });
});
