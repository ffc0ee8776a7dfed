// @ts-check
/**
 * The first step of `npm start`, `npm test`, `npm run dev` and `npm run build`: says on one line
 * why this machine cannot run them yet, with the one command that fixes it, instead of letting
 * a tool fail later with a stack trace.
 *
 * The project brings its own Node: `npm install` puts the npm registry's Node binary for this
 * platform (an optional dependency) in node_modules/.bin, which npm scripts put first on PATH,
 * so the scripts run on it whatever Node runs npm. This file therefore runs on any Node from 18
 * up, with no dependency installed, and is plain JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the project's tools (Astro 7, Vite 8) need. */
export const REQUIRED_NODE = { major: 22, minor: 12 };
const REQUIRED = `${REQUIRED_NODE.major}.${REQUIRED_NODE.minor}`;

/**
 * @typedef {object} LockedPackage
 * @property {string} name
 * @property {string} locked the version package-lock.json records
 * @property {string | undefined} installed the version in node_modules, if any
 * @property {boolean} optional
 * @property {boolean} forThisPlatform false for an optional package of another os or cpu
 */

/**
 * @typedef {object} SetupFacts
 * @property {string} command the npm script being run, like "start"
 * @property {string} nodeVersion the running Node's version, like "20.20.2"
 * @property {boolean} nodeModules whether node_modules exists
 * @property {LockedPackage[]} packages the project's own dependencies
 * @property {{ name: string, installed: boolean, binary: string } | undefined} nodePackage the dependency that holds this platform's Node binary (at `binary`, from the project folder), if npm has one
 * @property {string} platform like "linux-x64"
 */

/** @param {string} version */
function isRecentEnough(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > REQUIRED_NODE.major || (major === REQUIRED_NODE.major && minor >= REQUIRED_NODE.minor);
}

/**
 * One line saying what is missing and the command that fixes it, or undefined when the machine
 * can run the command.
 * @param {SetupFacts} facts
 * @returns {string | undefined}
 */
export function setupProblem(facts) {
  const what = facts.command === 'start' || facts.command === 'test' ? `npm ${facts.command}` : `npm run ${facts.command}`;
  if (!facts.nodeModules) {
    return `${what} cannot run yet: the project's packages are not installed. Run \`npm install\` first.`;
  }
  const stale = facts.packages.filter((pkg) => pkg.forThisPlatform && pkg.installed !== undefined && pkg.installed !== pkg.locked);
  const absent = facts.packages.filter((pkg) => !pkg.optional && pkg.installed === undefined);
  if (stale.length > 0 || absent.length > 0) {
    const named = [...absent.map((pkg) => `${pkg.name} is missing`), ...stale.map((pkg) => `${pkg.name} is ${pkg.installed}, not ${pkg.locked}`)];
    const shown = named.length > 3 ? `${named.slice(0, 3).join('; ')} and ${named.length - 3} more` : named.join('; ');
    return `${what} cannot run yet: the installed packages do not match package-lock.json (${shown}). Run \`npm install\` to bring them up to date.`;
  }
  if (isRecentEnough(facts.nodeVersion)) return undefined;
  const needs = `it needs Node ${REQUIRED} or newer and finds ${facts.nodeVersion}`;
  if (facts.nodePackage === undefined) {
    return `${what} cannot run here: ${needs}, and the npm registry has no Node binary for ${facts.platform} to bring. Install Node ${REQUIRED} or newer from https://nodejs.org/en/download and run \`npm install\` again.`;
  }
  if (facts.nodePackage.installed) {
    return `${what} cannot run here: ${needs}; the project's own Node (${facts.nodePackage.name}) is installed but not linked in node_modules/.bin. Run \`npm rebuild ${facts.nodePackage.name}\` to link it.`;
  }
  return `${what} cannot run here: ${needs}; the project's own Node (the optional dependency ${facts.nodePackage.name}) was left out of this install. Run \`npm install --include=optional\` to add it.`;
}

/**
 * @param {unknown} field package.json's `os` or `cpu`: a string, a list, or absent
 * @param {string} value this machine's
 */
function allows(field, value) {
  if (field === undefined) return true;
  const list = Array.isArray(field) ? field : [field];
  const denied = list.filter((item) => typeof item === 'string' && item.startsWith('!')).map((item) => item.slice(1));
  const allowed = list.filter((item) => typeof item === 'string' && !item.startsWith('!'));
  return !denied.includes(value) && (allowed.length === 0 || allowed.includes(value));
}

/**
 * Whether a package-lock.json entry's `os` and `cpu` fit this machine.
 * @param {{ os?: unknown, cpu?: unknown }} entry
 */
export function fitsThisMachine(entry) {
  return allows(entry.os, process.platform) && allows(entry.cpu, process.arch);
}

/**
 * Reads the facts from the project folder and the running process.
 * @param {string} root
 * @returns {SetupFacts}
 */
export function readSetupFacts(root) {
  /** @param {string} file */
  const readJson = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
  };
  const lock = readJson(path.join(root, 'package-lock.json')) ?? { packages: {} };
  const own = lock.packages?.[''] ?? {};
  const optionalNames = new Set(Object.keys(own.optionalDependencies ?? {}));
  const names = [...new Set([...Object.keys(own.dependencies ?? {}), ...Object.keys(own.devDependencies ?? {}), ...optionalNames])];
  const packages = names.map((name) => {
    const entry = lock.packages?.[`node_modules/${name}`] ?? {};
    return {
      name,
      locked: String(entry.version ?? ''),
      installed: readJson(path.join(root, 'node_modules', name, 'package.json'))?.version,
      optional: optionalNames.has(name),
      forThisPlatform: fitsThisMachine(entry),
    };
  });
  const nodePackage = packages.find((pkg) => pkg.optional && pkg.forThisPlatform && lock.packages?.[`node_modules/${pkg.name}`]?.bin?.node);
  return {
    command: process.env.npm_lifecycle_event ?? 'start',
    nodeVersion: process.versions.node,
    nodeModules: existsSync(path.join(root, 'node_modules')),
    packages,
    nodePackage: nodePackage && {
      name: nodePackage.name,
      installed: nodePackage.installed !== undefined,
      binary: path.join('node_modules', nodePackage.name, lock.packages[`node_modules/${nodePackage.name}`].bin.node),
    },
    platform: `${process.platform}-${process.arch}`,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = setupProblem(readSetupFacts(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
