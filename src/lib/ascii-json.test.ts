import { describe, expect, it } from 'vitest';
import { asciiJson, isAscii } from './ascii-json';

describe('asciiJson', () => {
  const value = { title: 'Café — “naïve” → done…', people: ['Zoë', 'Łukasz'], emoji: 'pager 📟', plain: 'a "b" \\ c\n', n: 3, none: null };

  it('writes only ASCII', () => {
    expect(isAscii(asciiJson(value))).toBe(true);
    expect(asciiJson({ dash: '—' })).toBe('{"dash":"\\u2014"}');
  });

  it('reads back to the same value, characters outside the basic plane included', () => {
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });

  it('is JSON.stringify for ASCII values', () => {
    expect(asciiJson({ plain: 'a "b" \\ c\n', list: [1, 2] })).toBe(JSON.stringify({ plain: 'a "b" \\ c\n', list: [1, 2] }));
  });
});

describe('isAscii', () => {
  it('is false for any character above U+007F', () => {
    expect(isAscii('plain text, 100% ASCII\n')).toBe(true);
    expect(isAscii('en – dash')).toBe(false);
    expect(isAscii('\u0080')).toBe(false);
  });
});
