import { UserError } from '../errors.js';
import { git, isShallow, revParse } from './git.js';

export interface BaseRevision {
  /** What the user named (branch or sha). */
  ref: string;
  /** The commit the base ref points at (its newest migrations define "ordered after"). */
  tip: string;
  /** merge-base(base, HEAD): what the PR changed is measured from here. */
  mergeBase: string;
}

function branchName(ref: string): string {
  const name = ref.replace(/^refs\/heads\//, '');
  if (!name || name.startsWith('-')) throw new UserError(`base-ref "${name}" is not a branch name`, { next: 'pass the base branch, e.g. --base-ref develop' });
  return name;
}

/** origin/<name>, then the local branch, in one `for-each-ref` (exact names only: patterns would glob). */
async function branchTip(cwd: string, name: string): Promise<string | undefined> {
  const wanted = [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
  const r = await git(cwd, ['for-each-ref', '--format=%(refname)%00%(objectname)', ...wanted], { allowFail: true });
  const found = new Map(
    r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\0') as [string, string]),
  );
  for (const w of wanted) if (found.has(w)) return found.get(w);
  return undefined;
}

/**
 * The base branch's tip: `origin/<ref>`, then `<ref>` (a branch, tag or sha); fetched from origin
 * when missing (a PR checkout often lacks the base branch).
 */
export async function resolveBaseTip(cwd: string, ref: string): Promise<{ ref: string; tip: string }> {
  const name = branchName(ref);
  let tip = (await branchTip(cwd, name)) ?? (await revParse(cwd, name));
  if (!tip) {
    await git(cwd, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`], { allowFail: true });
    tip = await revParse(cwd, `refs/remotes/origin/${name}`);
  }
  if (!tip) {
    throw new UserError(`base branch "${name}" is not in this checkout`, {
      why: 'check-migrations compares the PR with its base branch',
      next: 'use actions/checkout with fetch-depth: 0, or pass --base-ref with a branch that exists locally',
    });
  }
  return { ref: name, tip };
}

/** merge-base(tip, HEAD), deepening a shallow clone until it exists, or failing with the fix (`fetch-depth: 0`). */
export async function mergeBaseWith(cwd: string, name: string, tip: string): Promise<string> {
  let mb = await git(cwd, ['merge-base', tip, 'HEAD'], { allowFail: true });
  for (let depth = 50; mb.code !== 0 && (await isShallow(cwd)) && depth <= 3200; depth *= 4) {
    await git(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin'], { allowFail: true });
    mb = await git(cwd, ['merge-base', tip, 'HEAD'], { allowFail: true });
  }
  if (mb.code !== 0) {
    const shallow = await isShallow(cwd);
    throw new UserError(`no common ancestor between "${name}" and HEAD${shallow ? ' (shallow clone)' : ''}`, {
      why: 'without the merge base, new migrations cannot be told from the base branch\'s',
      next: shallow ? 'set fetch-depth: 0 on actions/checkout' : `check that HEAD branches off ${name}`,
    });
  }
  return mb.stdout.trim();
}

/**
 * Resolve the base branch: `origin/<ref>`, then `<ref>`; fetch it when missing; deepen a shallow
 * clone until a merge base exists, or fail with the fix (`fetch-depth: 0`).
 */
export async function resolveBase(cwd: string, ref: string): Promise<BaseRevision> {
  const { ref: name, tip } = await resolveBaseTip(cwd, ref);
  return { ref: name, tip, mergeBase: await mergeBaseWith(cwd, name, tip) };
}
