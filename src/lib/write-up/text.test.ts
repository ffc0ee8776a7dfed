import { describe, expect, it } from 'vitest';
import { decodeText, normaliseLineEnds } from './text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads a byte-order mark and Windows or old Mac line ends exactly as plain LF text', () => {
    const plain = decodeText(bytes('---\ntitle: A\n---\nBody\n')).text;
    expect(decodeText(bytes('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n')).text).toBe(plain);
    expect(decodeText(bytes('---\rtitle: A\r---\rBody\r')).text).toBe(plain);
    expect(normaliseLineEnds('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('refuses bytes that are not UTF-8, naming the line and never the content', () => {
    const broken = new Uint8Array([...bytes('line one\nline two '), 0xff, 0xfe, ...bytes(' secret\n')]);
    const decoded = decodeText(broken);
    expect(decoded.text).toBeUndefined();
    expect(decoded.problem).toMatch(/^Line 2 /);
    expect(decoded.problem).not.toContain('secret');
    expect(decodeText(new Uint8Array([0xc3, 0x28])).problem).toMatch(/^Line 1 /);
  });
});
