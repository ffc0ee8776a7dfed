import { describe, expect, it } from 'vitest';
import { leftOutByEngines, postinstallSteps } from './postinstall.mjs';

const here = { os: process.platform, cpu: process.arch, optional: true };
const LOCK = {
  '': {},
  'node_modules/@rolldown/binding-here': { ...here, engines: { node: '^20.19.0 || >=22.12.0' } },
  'node_modules/astro/node_modules/@astrojs/compiler-binding-here': { ...here, engines: { node: '^20.19.0 || >=22.12.0' } },
  'node_modules/@esbuild/here': { ...here, engines: { node: '>=18' } },
  'node_modules/@rolldown/binding-elsewhere': { os: 'plan9', optional: true, engines: { node: '>=20.19.0' } },
  'node_modules/astro': { engines: { node: '>=22.12.0' } },
  'node_modules/node-here': { ...here },
};

describe('leftOutByEngines', () => {
  it("names this machine's native packages that npm's Node is too old for and the project's is not", () => {
    expect(leftOutByEngines(LOCK, 'v18.20.8', 'v24.21.0')).toEqual(['@rolldown/binding-here', '@astrojs/compiler-binding-here']);
  });

  it('names none when npm ran on a Node they accept', () => {
    expect(leftOutByEngines(LOCK, 'v20.20.2', 'v24.21.0')).toEqual([]);
    expect(leftOutByEngines(LOCK, 'v24.21.0', 'v24.21.0')).toEqual([]);
  });
});

describe('postinstallSteps', () => {
  const complete = { installed: true, linked: true, npmOnProjectNode: false, leftOut: [] };

  it('does nothing after a complete install', () => {
    expect(postinstallSteps(complete)).toEqual([]);
  });

  it("links the project's Node when npm left it unlinked", () => {
    expect(postinstallSteps({ ...complete, linked: false })).toEqual(['link']);
  });

  it("installs again on the project's Node when npm, on an older one, left out native packages", () => {
    expect(postinstallSteps({ ...complete, linked: false, leftOut: ['@rolldown/binding-here'] })).toEqual(['link', 'install']);
    expect(postinstallSteps({ ...complete, npmOnProjectNode: true, leftOut: ['@rolldown/binding-here'] })).toEqual([]);
  });

  it("does nothing without the project's Node", () => {
    expect(postinstallSteps({ installed: false, linked: false, npmOnProjectNode: false, leftOut: ['x'] })).toEqual([]);
  });
});
