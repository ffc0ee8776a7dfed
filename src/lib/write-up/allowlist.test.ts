import { describe, expect, it } from 'vitest';
import { isWebUrl, judgeUrl } from './allowlist';

describe('judgeUrl', () => {
  it.each(['https://example.com', 'http://example.com/x', 'HTTPS://EXAMPLE.COM', 'mailto:oncall@example.com'])('allows %j', (url) => {
    expect(judgeUrl(url).allowed).toBe(true);
  });
  it.each([
    ['/log/', 'site'],
    ['../2024-01-01-x/', 'site'],
    ['./queue.png', 'site'],
    ['?q=x', 'site'],
    ['#details', 'anchor'],
  ])('allows %j as a %s link', (url, kind) => {
    expect(judgeUrl(url)).toEqual({ allowed: true, kind });
  });
  it.each([
    ['javascript:alert(1)', 'script'],
    ['JAVASCRIPT:alert(1)', 'script'],
    ['data:text/html,x', 'script'],
    ['vbscript:x', 'script'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://x', 'scheme'],
    ['java\tscript:x', 'control-characters'],
    [' javascript:x', 'control-characters'],
    ['https://x\u0000', 'control-characters'],
    ['https://x\u0085', 'control-characters'],
    ['//evil.example', 'other-host'],
    ['\\\\evil.example', 'other-host'],
    ['/\\evil.example', 'other-host'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(judgeUrl(url)).toEqual({ allowed: false, reason });
  });
  it('takes the allowed schemes as given', () => {
    expect(judgeUrl('mailto:x@example.com', ['http', 'https']).allowed).toBe(false);
  });
});

describe('isWebUrl', () => {
  it('is true for http and https addresses only', () => {
    expect(isWebUrl('https://tracker.example.com/OPS-1')).toBe(true);
    expect(isWebUrl('http://tracker.example.com')).toBe(true);
    for (const url of ['javascript:alert(1)', 'mailto:x@example.com', '/relative', 'https://', ' https://x.example', 'OPS-1']) expect(isWebUrl(url), url).toBe(false);
  });
});

describe('judgeUrl on schemes hidden in other spellings', () => {
  it.each([
    ['JaVa%09ScRiPt:alert(1)', 'script'],
    ['java%73cript:alert(1)', 'script'],
    ['java\u200bscript:alert(1)', 'script'],
    ['java\ufffdscript:alert(1)', 'script'],
    ['x-custom:thing', 'scheme'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(judgeUrl(url)).toEqual({ allowed: false, reason });
  });
  it('still reads a colon after a slash as part of a path', () => {
    expect(judgeUrl('./notes:draft/')).toEqual({ allowed: true, kind: 'site' });
    expect(judgeUrl('/a/b:c')).toEqual({ allowed: true, kind: 'site' });
  });
});
