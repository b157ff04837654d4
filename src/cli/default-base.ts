import { revParse } from '../git/git.js';

/** Locally, with no --base-ref: the guide's integration branch `develop` when it exists, else `main`. */
export async function defaultBaseRef(cwd: string): Promise<string> {
  for (const b of ['develop', 'main', 'master']) {
    if ((await revParse(cwd, `refs/remotes/origin/${b}`)) || (await revParse(cwd, `refs/heads/${b}`))) return b;
  }
  return 'main';
}
