// Benchmark on real histories (issue 9): replay merged pull requests of public Prisma + PostgreSQL
// repositories through `migration-gates check` and `lint`, each in a fresh two-commit repository
// holding only the prisma/ paths of the merge's first parent (branch main) and of the merge
// (branch pr), and count the errors, which of them a reviewer judged false, crashes, hangs and time.
//
// Sources (first match wins):
//   --repo PATH (repeatable) or HISTORY_REPOS=PATH,PATH   bare or normal git clones; the name is
//       taken from the path (owner+name/repo or owner+name.git) or given as NAME=PATH
//   otherwise the committed fixtures in test/fixtures/real-prs/ (so a fresh clone always runs it)
// Options: --limit N (PRs per repository, default 40; HISTORY_LIMIT), --timeout S (per command,
//   default 120), --out FILE (default .tmp/history-bench.json), --only SHA[,SHA] (these commits),
//   --keep (keep the temporary repositories), --with-prisma (build the repositories under .tmp/
//   so our node_modules/prisma is found, as in a project that installs Prisma; default: under the
//   OS temp folder, where no Prisma CLI is found),
//   --from FILE (no run: judge and summarize the PRs of an earlier output again, after editing
//   bench/history-judgments.json),
//   --save-fixtures (with --repo and --only: store each chosen PR as test/fixtures/real-prs/<name>-<sha>/,
//   base.patch + pr.patch + origin.json; --license names the repository's license for the origin note).
// Run: npm run bench -- history [--repo /path/owner+name/repo ...]   (needs dist/: npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const fixturesDir = path.join(root, 'test/fixtures/real-prs');
const judgmentsFile = path.join(root, 'bench/history-judgments.json');

const { values: opts } = parseArgs({
  options: {
    repo: { type: 'string', multiple: true },
    limit: { type: 'string' },
    timeout: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
    'with-prisma': { type: 'boolean' },
    'save-fixtures': { type: 'boolean' },
    license: { type: 'string' },
    from: { type: 'string' },
  },
  allowPositionals: false,
});
const LIMIT = Number(opts.limit ?? process.env.HISTORY_LIMIT ?? 40);
const TIMEOUT_MS = Number(opts.timeout ?? 120) * 1000;
const OUT = path.resolve(root, opts.out ?? '.tmp/history-bench.json');
const ONLY = opts.only ? opts.only.split(',').filter(Boolean) : [];
const repoArgs = opts.repo?.length ? opts.repo : (process.env.HISTORY_REPOS ?? '').split(',').filter(Boolean);

if (!existsSync(cli)) {
  console.error(`missing ${path.relative(root, cli)}: run npm run build first`);
  process.exit(1);
}

// ---- the files we keep: everything below a folder named prisma/, except program code (seed
// scripts, services) and package manifests (cal.com and documenso name their database package
// packages/prisma/), which no rule reads and which would only be noise in the fixtures.
const CODE = /\.(?:[cm]?[jt]sx?)$|(?:^|\/)(?:package\.json|tsconfig[^/]*\.json)$/;
/** The prisma/ folder a path lies in (up to and including the first `prisma` segment), or null. */
export function prismaRoot(p) {
  const parts = p.split('/');
  const i = parts.indexOf('prisma');
  return i >= 0 && i < parts.length - 1 ? parts.slice(0, i + 1).join('/') : null;
}
const keep = (p) => prismaRoot(p) !== null && !CODE.test(p);

const run = (cmd, args, o = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...o });
const git = (cwd, ...args) => {
  const r = run('git', args, { cwd });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  return r.stdout;
};
const gitDir = (dir, ...args) => git(dir, ...args);

// ---- judgments: repo + commit prefix + rule, and file / line / match (a piece of the message,
// when one statement yields several findings) when given; absent: every file of that rule in that
// PR, e.g. the twenty folders of one deleted history. The first judgment that fits wins.
const judgments = existsSync(judgmentsFile) ? JSON.parse(readFileSync(judgmentsFile, 'utf8')).judgments : [];
function judge(repo, commit, e) {
  return judgments.find(
    (j) => j.repo === repo && commit.startsWith(j.commit) && j.rule === e.rule && (j.file === undefined || j.file === (e.file ?? '')) && (j.line === undefined || j.line === e.line) && (j.match === undefined || (e.message ?? '').includes(j.match)),
  );
}

// ---- the temporary two-commit repository
const tmpBase = opts['with-prisma'] ? path.join(root, '.tmp') : os.tmpdir();
mkdirSync(tmpBase, { recursive: true });
function newRepo() {
  const dir = mkdtempSync(path.join(tmpBase, 'history-pr-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}
function commitAll(dir, msg) {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', msg);
}
function clearTree(dir) {
  for (const e of readdirSync(dir)) if (e !== '.git') rmSync(path.join(dir, e), { recursive: true, force: true });
}
/** Write the kept prisma/ files of `rev` (of the mirror `src`) into `dir`. */
function extract(src, rev, dir) {
  const files = gitDir(src, 'ls-tree', '-r', '-z', '--name-only', rev).split('\0').filter((p) => p && keep(p));
  if (!files.length) return 0;
  const roots = [...new Set(files.map(prismaRoot))];
  const tar = run('git', ['archive', '--format=tar', rev, '--', ...roots], { cwd: src, encoding: 'buffer' });
  if (tar.status !== 0) throw new Error(`git archive ${rev} failed: ${tar.stderr}`);
  const x = spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout });
  if (x.status !== 0) throw new Error(`tar failed: ${x.stderr}`);
  // drop code files the archive of whole roots brought along
  const all = git(dir, 'ls-files', '-o', '-z').split('\0').filter(Boolean);
  for (const p of all) if (!keep(p)) rmSync(path.join(dir, p), { force: true });
  return files.length;
}

// ---- running the CLI on one PR
const STACK = /^\s+at (?:async )?\S.*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;
function runCli(dir, args) {
  const t = performance.now();
  const r = run(process.execPath, [cli, ...args], { cwd: dir, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1', CI: '' } });
  const ms = Math.round(performance.now() - t);
  const hang = r.error?.code === 'ETIMEDOUT' || (r.signal === 'SIGKILL' && ms >= TIMEOUT_MS - 50);
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    /* a crash prints no JSON */
  }
  const stack = STACK.test(r.stderr ?? '') || STACK.test(r.stdout ?? '');
  const crash = !hang && (json === null || (r.status !== 0 && r.status !== 1));
  return { ms, status: r.status, hang, crash, stack, json, stderr: crash || stack || hang ? (r.stderr ?? '').slice(0, 4000) : undefined };
}

function checkPr(dir, repo, commit) {
  const check = runCli(dir, ['check', '--base-ref', 'main', '--format', 'json']);
  const lint = runCli(dir, ['lint', '--base-ref', 'main', '--format', 'json']);
  const errors = [];
  const warnings = [];
  for (const [tool, res] of [['check', check], ['lint', lint]]) {
    for (const f of res.json?.findings ?? []) {
      const item = { tool, rule: f.rule, file: f.file, line: f.line, message: f.message };
      if (f.severity === 'error') {
        const j = judge(repo, commit, item);
        errors.push({ ...item, verdict: j?.verdict ?? 'unjudged', ...(j ? { reason: j.reason } : {}) });
      } else if (f.severity === 'warning') warnings.push(item);
    }
  }
  const failures = Object.fromEntries(
    Object.entries({ check, lint }).map(([k, v]) => [k, { ms: v.ms, status: v.status, hang: v.hang, crash: v.crash, stack: v.stack, ...(v.stderr ? { stderr: v.stderr } : {}) }]),
  );
  return { errors, warnings, runs: failures, ms: check.ms + lint.ms };
}

// ---- sources
/** PRs of a real clone: the last LIMIT first-parent commits of its default branch touching prisma/. */
function* mirrorCases(spec) {
  const eq = spec.indexOf('=');
  const src = eq > 0 ? spec.slice(eq + 1) : spec;
  const name =
    eq > 0
      ? spec.slice(0, eq)
      : (path.basename(src) === 'repo' || path.basename(src) === '.git' ? path.basename(path.dirname(src)) : path.basename(src)).replace(/\.git$/, '').replace('+', '/');
  const branch = gitDir(src, 'symbolic-ref', '--short', 'HEAD').trim();
  const specs = ['**/prisma/**/*.prisma', '**/prisma/**/*.sql', '**/prisma/**/*.toml'].map((g) => `:(glob)${g}`);
  const log = gitDir(src, 'log', '--first-parent', '--format=%H%x1f%P%x1f%s', ...(ONLY.length ? [] : ['-n', String(LIMIT)]), branch, '--', ...specs);
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit, parents, title] = line.split('\x1f');
    const parent = parents.split(' ')[0];
    if (!parent) continue; // the root commit has no base to compare with
    if (ONLY.length && !ONLY.some((o) => commit.startsWith(o))) continue;
    yield {
      repo: name,
      commit,
      parent,
      title,
      build(dir) {
        extract(src, parent, dir);
        commitAll(dir, `base ${parent.slice(0, 10)}`);
        git(dir, 'checkout', '-q', '-b', 'pr');
        clearTree(dir);
        extract(src, commit, dir);
        commitAll(dir, `pr ${commit.slice(0, 10)}`);
      },
    };
  }
}
/**
 * The committed fixtures: base.patch (the base's files, from an empty tree) and pr.patch (the
 * merge's change), origin in origin.json. Patches rather than folder trees, so that no
 * prisma/migrations folder exists in this repository for a discovery run from its root to find.
 */
function* fixtureCases() {
  if (!existsSync(fixturesDir)) return;
  for (const d of readdirSync(fixturesDir).sort()) {
    const originFile = path.join(fixturesDir, d, 'origin.json');
    if (!existsSync(originFile)) continue;
    const o = JSON.parse(readFileSync(originFile, 'utf8'));
    if (ONLY.length && !ONLY.some((x) => o.commit.startsWith(x))) continue;
    yield {
      repo: o.repo,
      commit: o.commit,
      parent: o.parent,
      title: o.title,
      build(dir) {
        git(dir, 'apply', '--binary', '--whitespace=nowarn', path.join(fixturesDir, d, 'base.patch'));
        commitAll(dir, `base ${o.parent.slice(0, 10)}`);
        git(dir, 'checkout', '-q', '-b', 'pr');
        git(dir, 'apply', '--binary', '--whitespace=nowarn', path.join(fixturesDir, d, 'pr.patch'));
        commitAll(dir, `pr ${o.commit.slice(0, 10)}`);
      },
    };
  }
}

/** Store one real PR as a fixture: the base's kept files and the PR's change, as two patches. */
function saveFixture(c) {
  const name = `${c.repo.split('/')[1]}-${c.commit.slice(0, 10)}`;
  const out = path.join(fixturesDir, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const dir = newRepo();
  try {
    c.build(dir);
    const empty = git(dir, 'hash-object', '-t', 'tree', '/dev/null').trim();
    writeFileSync(path.join(out, 'base.patch'), git(dir, 'diff', '--binary', '--no-renames', empty, 'main'));
    writeFileSync(path.join(out, 'pr.patch'), git(dir, 'diff', '--binary', '--no-renames', 'main', 'pr'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const origin = {
    repo: c.repo,
    commit: c.commit,
    parent: c.parent,
    title: c.title,
    url: `https://github.com/${c.repo}/commit/${c.commit}`,
    license: opts.license ?? 'see the repository',
    note: 'only the files below prisma/ folders (program code left out): base.patch = the first parent, pr.patch = the merge\'s change',
  };
  writeFileSync(path.join(out, 'origin.json'), JSON.stringify(origin, null, 2) + '\n');
  console.log(`fixture ${path.relative(root, out)}`);
}

// ---- main
const mode = opts.from ? 'from' : repoArgs.length ? 'repositories' : 'fixtures';
const sources = repoArgs.length ? repoArgs.map((s) => ({ label: s, cases: () => mirrorCases(s) })) : [{ label: 'test/fixtures/real-prs', cases: fixtureCases }];
console.log(`history bench: ${mode} (${sources.map((s) => s.label).join(', ')}); up to ${LIMIT} PRs per repository, ${TIMEOUT_MS / 1000} s timeout per command${opts['with-prisma'] ? ', Prisma CLI findable' : ', no Prisma CLI'}`);

const results = [];
if (opts.from) {
  // re-judge an earlier run (its PRs and findings as they were) with today's judgments
  for (const pr of JSON.parse(readFileSync(path.resolve(root, opts.from), 'utf8')).prs) {
    pr.errors = pr.errors.map(({ verdict, reason, ...e }) => {
      const j = judge(pr.repo, pr.commit, e);
      return { ...e, verdict: j?.verdict ?? 'unjudged', ...(j ? { reason: j.reason } : {}) };
    });
    results.push(pr);
  }
} else {
  for (const s of sources) {
    for (const c of s.cases()) {
      const dir = newRepo();
      let r;
      try {
        c.build(dir);
        r = checkPr(dir, c.repo, c.commit);
      } catch (err) {
        r = { errors: [], warnings: [], runs: {}, ms: 0, setupError: String(err?.message ?? err).slice(0, 2000) };
      } finally {
        if (!opts.keep) rmSync(dir, { recursive: true, force: true });
      }
      if (opts['save-fixtures'] && mode === 'repositories') saveFixture(c);
      const pr = { repo: c.repo, commit: c.commit, parent: c.parent, title: c.title, ...r, ...(opts.keep ? { dir } : {}) };
      results.push(pr);
      const bad = Object.entries(pr.runs).filter(([, v]) => v.crash || v.hang || v.stack).map(([k, v]) => `${k}:${v.hang ? 'HANG' : v.crash ? `CRASH(${v.status})` : 'STACK'}`);
      console.log(
        `${c.repo.padEnd(22)} ${c.commit.slice(0, 10)} ${String(pr.ms).padStart(6)} ms  errors ${String(pr.errors.length).padStart(2)}` +
          `${pr.errors.length ? ` [${pr.errors.map((e) => `${e.rule}${e.verdict === 'false' ? '(F)' : e.verdict === 'true' ? '(T)' : '(?)'}`).join(', ')}]` : ''}` +
          `${bad.length ? `  ${bad.join(' ')}` : ''}${pr.setupError ? `  SETUP FAILED: ${pr.setupError.split('\n')[0]}` : ''}  ${c.title.slice(0, 60)}`,
      );
    }
  }
}

// ---- summary
function summarizePrs(prs) {
  const byRule = {};
  for (const p of prs) for (const e of p.errors) {
    const k = `${e.tool}/${e.rule}`;
    byRule[k] ??= { errors: 0, judgedFalse: 0, judgedTrue: 0, unjudged: 0 };
    byRule[k].errors++;
    byRule[k][e.verdict === 'false' ? 'judgedFalse' : e.verdict === 'true' ? 'judgedTrue' : 'unjudged']++;
  }
  const errs = prs.flatMap((p) => p.errors);
  const runs = prs.flatMap((p) => Object.values(p.runs));
  return {
    prs: prs.length,
    prsWithError: prs.filter((p) => p.errors.length).length,
    prsWithFalseError: prs.filter((p) => p.errors.some((e) => e.verdict === 'false')).length,
    prsOnlyFalse: prs.filter((p) => p.errors.length && p.errors.every((e) => e.verdict === 'false')).length,
    errors: errs.length,
    judgedFalse: errs.filter((e) => e.verdict === 'false').length,
    judgedTrue: errs.filter((e) => e.verdict === 'true').length,
    unjudged: errs.filter((e) => e.verdict === 'unjudged').length,
    crashes: runs.filter((r) => r.crash).length,
    hangs: runs.filter((r) => r.hang).length,
    stackTraces: runs.filter((r) => r.stack).length,
    setupErrors: prs.filter((p) => p.setupError).length,
    ms: prs.reduce((n, p) => n + p.ms, 0),
    maxMs: prs.reduce((n, p) => Math.max(n, p.ms), 0),
    byRule,
  };
}
const repos = [...new Set(results.map((r) => r.repo))];
const perRepo = Object.fromEntries(repos.map((r) => [r, summarizePrs(results.filter((p) => p.repo === r))]));
const total = summarizePrs(results);

const row = (name, s) =>
  `| ${name} | ${s.prs} | ${s.prsWithError} | ${s.prsWithFalseError} | ${s.prsOnlyFalse} | ${s.errors} | ${s.judgedTrue} | ${s.judgedFalse} | ${s.unjudged} | ${s.crashes}/${s.hangs}/${s.stackTraces} | ${(s.ms / 1000).toFixed(1)} s (max ${(s.maxMs / 1000).toFixed(1)} s) |`;
console.log('\n| repository | PRs | PRs with an error | PRs with a false error | PRs failed only by false errors | errors | judged true | judged false | unjudged | crash/hang/stack | time |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of repos) console.log(row(r, perRepo[r]));
console.log(row('**total**', total));
console.log('\nerrors per rule (total / judged false / unjudged):');
for (const [k, v] of Object.entries(total.byRule).sort((a, b) => b[1].errors - a[1].errors)) console.log(`  ${k.padEnd(40)} ${String(v.errors).padStart(3)} / ${String(v.judgedFalse).padStart(3)} / ${String(v.unjudged).padStart(3)}`);
/** The errors of one verdict, one line per PR and rule (its files, or how many when many). */
const listed = (verdict) => {
  const groups = new Map();
  for (const p of results) for (const e of p.errors.filter((x) => x.verdict === verdict)) {
    const k = `${p.repo} ${p.commit.slice(0, 10)} ${e.tool}/${e.rule}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(e.file ?? '');
  }
  return [...groups].map(([k, files]) => {
    const distinct = [...new Set(files)];
    const where = distinct.length > 3 ? `${distinct.length} files, e.g. ${distinct[0]}` : distinct.join(', ');
    return `  ${k}${files.length > 1 ? ` (x${files.length})` : ''}: ${where}`;
  });
};
for (const [verdict, title] of [['false', 'errors judged false (a reviewer would reject them)'], ['unjudged', 'unjudged errors (read the diff, then add them to bench/history-judgments.json)']]) {
  const lines = listed(verdict);
  if (lines.length) console.log(`\n${title}:\n${lines.join('\n')}`);
}
console.log(`\nerrors judged false: ${total.judgedFalse}   unjudged: ${total.unjudged}   crashes: ${total.crashes}   hangs: ${total.hangs}   stack traces: ${total.stackTraces}`);

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ generatedAt: new Date().toISOString(), mode, limit: LIMIT, timeoutMs: TIMEOUT_MS, withPrisma: !!opts['with-prisma'], total, perRepo, prs: results }, null, 2) + '\n');
console.log(`written ${path.relative(root, OUT)}`);
// the figures (not the findings) also go to bench-results/history.json, as the other benches do
if (!opts.from) {
  const resultsFile = path.join(root, 'bench-results', 'history.json');
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const past = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
  past.push({ at: new Date().toISOString(), mode, limit: LIMIT, total: { ...total, byRule: undefined }, perRepo: Object.fromEntries(Object.entries(perRepo).map(([k, v]) => [k, { ...v, byRule: undefined }])) });
  writeFileSync(resultsFile, JSON.stringify(past, null, 2) + '\n');
}
// The bench measures; it fails only when the tool itself broke (crash, hang, stack trace).
process.exit(total.crashes + total.hangs + total.stackTraces + total.setupErrors ? 1 : 0);
