/**
 * The GitHub workflows: valid against the workflow schema, least privilege, and calling only
 * npm scripts that exist. The Pages build step's shell is run with a stand-in `npm` to check
 * which build it picks for each PAGES_VISIBILITY value.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const folder = path.join(root, '.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  /** A reusable workflow, called instead of steps. */
  uses?: string;
  permissions?: Record<string, string> | string;
  environment?: { name: string; url?: string } | string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file)).sort();
const sources = new Map(files.map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]));
const workflows = new Map(files.map((file) => [file, parse(sources.get(file)!) as Workflow]));
const pullRequest = workflows.get('pull-request.yml')!;
const pages = workflows.get('pages.yml')!;
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));

/** Every permission block: the workflow's, then each job's. */
function permissionBlocks(workflow: Workflow): { where: string; permissions: Record<string, string> }[] {
  const blocks: { where: string; permissions: Record<string, string> }[] = [];
  const add = (where: string, permissions: Workflow['permissions']) => {
    if (permissions === undefined) return;
    // The string forms grant everything to the job: never wanted here.
    if (typeof permissions === 'string') throw new Error(`${where} uses "permissions: ${permissions}"; list each permission instead.`);
    blocks.push({ where, permissions });
  };
  add('workflow', workflow.permissions);
  for (const [name, job] of Object.entries(workflow.jobs)) add(`job ${name}`, job.permissions);
  return blocks;
}

/** `npm ci`, `npm test`, `npm run x`, `npm run --silent x -- …` → the script each command needs ('ci' needs none). */
function npmCommands(script: string): string[] {
  const commands: string[] = [];
  for (const match of script.matchAll(/\bnpm\s+((?:-[\w-]+\s+)*)([\w:-]+)((?:\s+-[\w-]+)*)(?:\s+([\w:-]+))?/g)) {
    const [, , command, , next] = match;
    if (command === 'run' || command === 'run-script') commands.push(`run ${next ?? ''}`.trim());
    else commands.push(command!);
  }
  return commands;
}

describe.each(files)('%s', (file) => {
  it('is a valid workflow', () => {
    const { errors } = validateWorkflow(sources.get(file)!);
    expect(errors).toEqual([]);
  });

  it('never runs with the base repository token on pull request code (no pull_request_target)', () => {
    expect(sources.get(file)).not.toMatch(/pull_request_target/);
  });

  it('calls only npm scripts that exist in package.json, and installs with npm ci', () => {
    const commands = runs(workflows.get(file)!).flatMap(npmCommands);
    expect(commands).toContain('ci');
    for (const command of commands) {
      if (command === 'ci') continue;
      const script = command === 'test' ? 'test' : command.replace(/^run /, '');
      expect(command, `"npm ${command}" in ${file}`).toMatch(/^(test|run [\w:-]+)$/);
      expect(scripts, `"npm ${command}" in ${file} needs the script "${script}"`).toHaveProperty([script]);
    }
  });

  it('pins every action by its full commit SHA, with the version in a comment', () => {
    const written = sources.get(file)!.split('\n').filter((line) => /^\s*(?:-\s+)?uses:/.test(line));
    const parsed = [...Object.values(workflows.get(file)!.jobs).map((job) => job.uses), ...steps(workflows.get(file)!).map((step) => step.uses)];
    expect(written).toHaveLength(parsed.filter((uses) => uses !== undefined).length);
    for (const line of written) {
      // A tag or a branch can be moved to other code; a commit cannot.
      expect(line, `in ${file}`).toMatch(/^\s*(?:-\s+)?uses: [\w.-]+\/[\w.-]+(?:\/[\w.-]+)*@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('grants only read, write or none, listed one by one', () => {
    for (const { where, permissions } of permissionBlocks(workflows.get(file)!)) {
      for (const [scope, level] of Object.entries(permissions)) expect(['read', 'write', 'none'], `${where}: ${scope}`).toContain(level);
    }
  });

  it('gives `pages: write` and `id-token: write` only to the job named deploy', () => {
    for (const { where, permissions } of permissionBlocks(workflows.get(file)!)) {
      if (where === 'job deploy') continue;
      expect(permissions.pages, where).not.toBe('write');
      expect(permissions['id-token'], where).not.toBe('write');
    }
  });
});

describe('the pull request workflow', () => {
  it('runs on pull requests with a read-only token', () => {
    expect(Object.keys(pullRequest.on)).toEqual(['pull_request']);
    const blocks = permissionBlocks(pullRequest);
    expect(blocks.find((block) => block.where === 'workflow')?.permissions).toEqual({ contents: 'read' });
    for (const { where, permissions } of blocks) {
      for (const [scope, level] of Object.entries(permissions)) expect(level, `${where}: ${scope}`).not.toBe('write');
    }
  });

  it('checks out the full history and takes Node from .nvmrc', () => {
    const all = steps(pullRequest);
    expect(all.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(all.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  });

  it('validates with annotations, summarises the changed write-ups, builds, tests and keeps the site', () => {
    const commands = runs(pullRequest).join('\n');
    expect(commands).toContain('npm run validate -- --format github');
    expect(commands).toMatch(/git diff .*--diff-filter=AM "origin\/\$BASE_REF\.\.\.HEAD" -- postmortems\//);
    expect(commands).toMatch(/npx tsx scripts\/pr-summary\.ts .* >> "\$GITHUB_STEP_SUMMARY"/);
    expect(commands).toContain('npm run build');
    expect(commands).toContain('npm test');
    expect(steps(pullRequest).some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });
});

describe('the Pages workflow', () => {
  it('runs on pushes to main, every day and by hand', () => {
    expect(pages.on).toMatchObject({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(pages.on.schedule).toEqual([{ cron: expect.any(String) }]);
  });

  it('deploys from the github-pages environment, with the Pages permissions there only', () => {
    const deploy = pages.jobs.deploy!;
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment).toMatchObject({ name: 'github-pages' });
    expect(deploy.steps?.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(pages.jobs.build!.permissions).toEqual({ contents: 'read' });
  });

  const buildSteps = steps(pages).filter((step) => step.run?.includes('npm run build'));
  const directory = mkdtempSync(path.join(tmpdir(), 'pages-step-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** Runs the build step's shell with PAGES_VISIBILITY set, and a stand-in npm that records its arguments. */
  function buildCommandFor(visibility: string): string {
    const log = path.join(directory, 'npm.log');
    writeFileSync(log, '');
    const npm = path.join(directory, 'npm');
    writeFileSync(npm, `#!/bin/sh\necho "$*" >> "${log}"\n`);
    chmodSync(npm, 0o755);
    const result = spawnSync('bash', ['-e', '-c', buildSteps[0]!.run!], {
      env: { PATH: `${directory}:${process.env.PATH}`, PAGES_VISIBILITY: visibility },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(log, 'utf8').trim();
  }

  it('has one build step, which reads PAGES_VISIBILITY from the repository variable', () => {
    expect(buildSteps).toHaveLength(1);
    expect(buildSteps[0]!.env).toMatchObject({ PAGES_VISIBILITY: '${{ vars.PAGES_VISIBILITY }}' });
  });

  it.each(['', 'public', 'Private', 'internal', ' private'])('builds the public site when PAGES_VISIBILITY is "%s"', (visibility) => {
    expect(buildCommandFor(visibility)).toBe('run build:public');
  });

  it('builds every write-up only when PAGES_VISIBILITY is exactly "private"', () => {
    expect(buildCommandFor('private')).toBe('run build');
  });

  it('uploads what it built for the deploy job', () => {
    const build = pages.jobs.build!.steps ?? [];
    const upload = build.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload).toBeGreaterThan(build.indexOf(buildSteps[0]!));
  });
});

describe('the actions', () => {
  it('are the same commit of an action wherever they are used', () => {
    const commits = new Map<string, Set<string>>();
    for (const source of sources.values()) {
      for (const [, action, ref] of source.matchAll(/uses: ([^@\s]+)@(\S+)/g)) {
        const repository = action!.split('/').slice(0, 2).join('/');
        commits.set(repository, (commits.get(repository) ?? new Set()).add(ref!));
      }
    }
    for (const [repository, refs] of commits) expect([...refs], repository).toHaveLength(1);
  });
});

describe('the build steps', () => {
  it('set the Node heap explicitly, as large libraries need on a small runner', () => {
    const builds = [...workflows.values()].flatMap((workflow) => steps(workflow)).filter((step) => step.run?.includes('npm run build'));
    expect(builds.length).toBeGreaterThanOrEqual(2);
    for (const step of builds) expect(step.env?.NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
  });
});
