import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { runLint } from '../src/lint/run.js';
import { runHistoryCheck } from '../src/migrations/check.js';
import { GitRepo } from './helpers/git.js';
import { REPO_ROOT } from './helpers/tmp.js';

/**
 * Merged pull requests of public Prisma + PostgreSQL repositories (test/fixtures/real-prs/, origin
 * and license in each origin.json), rebuilt as a two-commit repository: main = the merge's first
 * parent, pr = the merge, only the files below prisma/ folders. Each asserts what a reviewer who
 * read the diff decided: exactly these errors (check and lint together), none where none is true.
 * The same cases feed `npm run bench -- history` when no clone is given.
 */
interface Origin {
  repo: string;
  commit: string;
  parent: string;
  title: string;
  reviewer: { errors: string[]; why: string };
}

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/real-prs');
const cases = readdirSync(FIXTURES)
  .filter((d) => existsSync(path.join(FIXTURES, d, 'origin.json')))
  .sort()
  .map((d) => ({ dir: path.join(FIXTURES, d), name: d, origin: JSON.parse(readFileSync(path.join(FIXTURES, d, 'origin.json'), 'utf8')) as Origin }));

const repos: GitRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

/** The fixture as a real repository: base.patch committed on main, pr.patch on branch pr. */
function rebuild(dir: string, origin: Origin): GitRepo {
  const repo = new GitRepo('real-pr');
  repos.push(repo);
  repo.git('apply', '--binary', '--whitespace=nowarn', path.join(dir, 'base.patch'));
  repo.commit(`base ${origin.parent.slice(0, 10)}`);
  repo.checkout('pr', true);
  repo.git('apply', '--binary', '--whitespace=nowarn', path.join(dir, 'pr.patch'));
  repo.commit(`pr ${origin.commit.slice(0, 10)}`);
  return repo;
}

/**
 * The errors of `check` and `lint` against main (the CLI's two commands), as distinct `tool/rule
 * file` plus the table for lint findings (one migration may hold a true and a false finding of
 * the same rule on different tables): the verdict is which rule fails where, not how many
 * statements it counts there.
 */
async function errorsOf(repo: GitRepo): Promise<string[]> {
  const config = loadConfig(repo.dir);
  const check = await runHistoryCheck({ repoRoot: repo.dir, config, baseRef: 'main' });
  const lint = await runLint({ repoRoot: repo.dir, config, baseRef: 'main', replay: true });
  const keys = [
    ...check.findings.filter((f) => f.severity === 'error').map((f) => `check/${f.rule} ${f.file ?? ''}`),
    ...lint.findings.filter((f) => f.severity === 'error').map((f) => `lint/${f.rule} ${f.file ?? ''}${f.table ? ` ${f.table}` : ''}`),
  ];
  return [...new Set(keys)].sort();
}

describe('real pull requests (prisma/ paths of public repositories)', () => {
  it('has the fixtures, each with its origin and the reviewer verdict', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) {
      expect(c.origin.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(c.origin.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(c.origin.reviewer.why.length).toBeGreaterThan(10);
      expect(existsSync(path.join(c.dir, 'base.patch'))).toBe(true);
      expect(existsSync(path.join(c.dir, 'pr.patch'))).toBe(true);
    }
  });

  for (const c of cases) {
    const expected = [...new Set(c.origin.reviewer.errors.map((e) => e.split(' ')[0]))];
    it(`${c.name}: ${expected.length ? expected.join(', ') : 'no error'} (${c.origin.title.slice(0, 60)})`, async () => {
      const repo = rebuild(c.dir, c.origin);
      // the rebuilt PR differs from its base (the patch applied)
      expect(repo.git('diff', '--name-only', 'main', 'pr')).not.toBe('');
      expect(await errorsOf(repo)).toEqual([...c.origin.reviewer.errors].sort());
    });
  }
});
