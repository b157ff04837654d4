import { UserError } from '../errors.js';
import { run } from '../process/run.js';

/** Run git with an argument array in `cwd`; throws with git's own message on failure. */
export async function git(cwd: string, args: string[], opts: { allowFail?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  // No optional locks: a read-only check must not write the index (or wait for another git's lock).
  const r = await run('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (r.code !== 0 && !opts.allowFail) {
    throw new UserError(`git ${args[0]} failed: ${r.stderr.trim().split('\n')[0] ?? ''}`, {
      why: 'migration-gates reads the history of the repository to compare migrations with the base branch',
      next: 'run the step after actions/checkout with fetch-depth: 0',
    });
  }
  return r;
}

export async function revParse(cwd: string, rev: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFail: true });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export async function isShallow(cwd: string): Promise<boolean> {
  const r = await git(cwd, ['rev-parse', '--is-shallow-repository'], { allowFail: true });
  return r.stdout.trim() === 'true';
}
