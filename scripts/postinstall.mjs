// @ts-check
/**
 * `postinstall`: finishes an install that npm ran on an older Node than the project's.
 *
 * - npm 10 (the npm of Node 18 and 20) installs this platform's Node package but leaves its
 *   `node` out of node_modules/.bin when another optional package it left out (another
 *   platform's) declares a bin of the same name. `npm rebuild <package>` links it.
 * - npm decides which native packages to install by comparing their `engines` with the Node that
 *   runs npm, so on Node 18 it leaves out the compiled cores of the bundler and the Astro
 *   compiler (they ask for Node 20.19 or newer), though they will run on the project's Node 24.
 *   Installing again with npm on the project's Node adds them.
 *
 * With npm 11 on Node 20.19 or newer there is nothing to do, and this prints nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { fitsThisMachine, readSetupFacts } from './check-setup.mjs';

/**
 * The native packages for this machine (optional, with an `os` or `cpu`) that npm, judging by
 * its own Node, left out although the project's Node meets their `engines`.
 * @param {Record<string, { optional?: boolean, os?: unknown, cpu?: unknown, engines?: { node?: string } }>} lockPackages package-lock.json's `packages`
 * @param {string} npmNode the version of the Node that ran npm
 * @param {string} projectNode the version of the project's Node
 */
export function leftOutByEngines(lockPackages, npmNode, projectNode) {
  return Object.entries(lockPackages)
    .filter(([where, entry]) => where !== '' && entry.optional && (entry.os || entry.cpu) && fitsThisMachine(entry) && entry.engines?.node)
    .filter(([, entry]) => {
      const range = /** @type {string} */ (entry.engines?.node);
      return !semver.satisfies(npmNode, range) && semver.satisfies(projectNode, range);
    })
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

/**
 * What is left to do, in order.
 * @param {{ installed: boolean, linked: boolean, npmOnProjectNode: boolean, leftOut: readonly string[] }} state whether the project's Node is installed and linked in node_modules/.bin; whether npm ran on it; what npm left out
 * @returns {('link' | 'install')[]}
 */
export function postinstallSteps(state) {
  if (!state.installed) return [];
  /** @type {('link' | 'install')[]} */
  const steps = [];
  if (!state.linked) steps.push('link');
  // The install this starts runs on the project's Node, so it never starts another.
  if (!state.npmOnProjectNode && state.leftOut.length > 0) steps.push('install');
  return steps;
}

/** @param {string} file */
const real = (file) => (existsSync(file) ? realpathSync(file) : file);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const npm = process.env.npm_execpath;
  const own = readSetupFacts(root).nodePackage;
  if (npm && own?.installed) {
    const projectNode = path.join(root, own.binary);
    const npmNodePath = process.env.npm_node_execpath ?? process.execPath;
    const version = (/** @type {string} */ node) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
    const npmNode = version(npmNodePath);
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const leftOut = leftOutByEngines(lock.packages ?? {}, npmNode, version(projectNode));
    const linked = ['node', 'node.cmd', 'node.exe'].some((name) => existsSync(path.join(root, 'node_modules/.bin', name)));
    for (const step of postinstallSteps({ installed: true, linked, npmOnProjectNode: real(npmNodePath) === real(projectNode), leftOut })) {
      if (step === 'install') {
        console.log(`npm ran on Node ${npmNode}, which left out packages built for the project's Node (${leftOut.join(', ')}): installing them with it.`);
      }
      const args = step === 'link' ? ['rebuild', own.name] : ['install', '--no-save', '--no-audit', '--no-fund'];
      const result = spawnSync(step === 'link' ? npmNodePath : projectNode, [npm, ...args], { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  }
}
