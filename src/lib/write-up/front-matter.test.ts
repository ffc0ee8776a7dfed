import { describe, expect, it } from 'vitest';
import { splitWriteUp } from './front-matter';

const rules = (text: string) => splitWriteUp(text).problems.map((problem) => `${problem.line} ${problem.rule}`);

describe('splitWriteUp', () => {
  it('separates the front matter from the body and says where each starts', () => {
    const parts = splitWriteUp('---\ntitle: A\ndate: 2024-03-06\n---\n\n## What happened\n');
    expect(parts.frontMatter).toBe('title: A\ndate: 2024-03-06');
    expect(parts.frontMatterLine).toBe(2);
    expect(parts.bodyLine).toBe(5);
    expect(parts.body).toBe('\n## What happened\n');
    expect(parts.problems).toEqual([]);
  });

  it('accepts trailing spaces after a fence, which no reader takes for anything else', () => {
    expect(splitWriteUp('--- \ntitle: A\n---\t\nBody').frontMatter).toBe('title: A');
  });

  it('has no front matter without the opening line', () => {
    const parts = splitWriteUp('# Only a body\n');
    expect(parts.frontMatter).toBeUndefined();
    expect(rules('# Only a body\n')).toEqual(['1 front-matter-missing']);
  });

  it('refuses a fence that is not alone on its line', () => {
    expect(rules('---title: A\n---\nBody')).toEqual(['1 front-matter-fence']);
    expect(rules('--- # comment\ntitle: A\n---\n')).toEqual(['1 front-matter-fence']);
  });

  it('refuses TOML front matter', () => {
    expect(splitWriteUp('+++\ntitle = "A"\n+++\n').problems[0]!.message).toContain('TOML');
  });

  it('refuses a key line starting with --- or a YAML document marker inside the block', () => {
    expect(rules('---\ntitle: A\n---layout: x\ndate: 2024-01-01\n---\nBody')).toEqual(['3 front-matter-fence']);
    expect(rules('---\ntitle: A\n...\n---\nBody')).toEqual(['3 front-matter-fence']);
    // Indented, it is part of a value, as every reader agrees.
    expect(rules('---\nnote: |\n  ---\n  text\n---\nBody')).toEqual([]);
  });

  it('refuses a second front matter block at the start of the body', () => {
    expect(rules('---\ntitle: A\n---\n\n---\nlayout: ../x.astro\n---\nBody')).toEqual(['5 body-second-front-matter']);
    expect(rules('---\ntitle: A\n---\n+++\nlayout = "x"\n+++\n')).toEqual(['4 body-second-front-matter']);
    // Later in the body, --- is a thematic break or a heading underline.
    expect(rules('---\ntitle: A\n---\nIntro.\n\n---\n\nMore.')).toEqual([]);
  });

  it('refuses a block that never ends', () => {
    expect(rules('---\ntitle: A\nBody')).toEqual(['1 front-matter-unclosed']);
  });
});
