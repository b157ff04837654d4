import { git } from './git.js';

export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R';
  /** Repository-relative path (new path for renames). */
  path: string;
  oldPath?: string;
}

/**
 * Files changed since `from`, as the working tree has them (committed, staged, unstaged, and
 * untracked-but-not-ignored), so the CLI sees a developer's uncommitted migration too. On a CI
 * checkout the working tree is HEAD. Renames are detected (-M) so a renamed migration is one change.
 * Paths are relative to `cwd` (--relative), like ls-files and ls-tree, so a working-directory inside
 * the repository works.
 */
export async function changedFiles(cwd: string, from: string, pathspecs: string[] = []): Promise<FileChange[]> {
  const [diff, untracked] = await Promise.all([diffFiles(cwd, from, pathspecs), untrackedFiles(cwd, pathspecs)]);
  return [...diff, ...untracked];
}

/** Tracked files changed between `from` and the working tree (one `git diff`, renames detected). */
export async function diffFiles(cwd: string, from: string, pathspecs: string[] = []): Promise<FileChange[]> {
  const diff = await git(cwd, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', from, '--', ...pathspecs]);
  return parseNameStatus(diff.stdout);
}

/**
 * Like diffFiles from merge-base(tip, HEAD), without waiting for the merge base (`git diff
 * --merge-base`, git 2.30+). Undefined when git cannot (older git, or no merge base yet in a
 * shallow clone): then diff from the merge base once known.
 */
export async function diffFilesFromMergeBase(cwd: string, tip: string, pathspecs: string[] = []): Promise<FileChange[] | undefined> {
  const diff = await git(cwd, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', '--merge-base', tip, '--', ...pathspecs], { allowFail: true });
  return diff.code === 0 ? parseNameStatus(diff.stdout) : undefined;
}

function parseNameStatus(stdout: string): FileChange[] {
  const parts = stdout.split('\0');
  const out: FileChange[] = [];
  for (let i = 0; i < parts.length - 1; ) {
    const code = parts[i++]!;
    if (!code) continue;
    const s = code[0]!;
    if (s === 'R' || s === 'C') {
      const oldPath = parts[i++]!;
      const newPath = parts[i++]!;
      if (s === 'R') out.push({ status: 'R', path: newPath, oldPath });
      else out.push({ status: 'A', path: newPath });
    } else {
      const p = parts[i++]!;
      out.push({ status: s === 'A' ? 'A' : s === 'D' ? 'D' : 'M', path: p });
    }
  }
  return out;
}

/** Untracked files git does not ignore, as additions (a developer's not-yet-added migration). */
export async function untrackedFiles(cwd: string, pathspecs: string[] = []): Promise<FileChange[]> {
  const r = await git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs]);
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .map((p) => ({ status: 'A' as const, path: p }));
}

/** The direct children of a folder at a revision: one tree read per folder, however large the history. */
export async function childrenAt(cwd: string, rev: string, dirs: string[]): Promise<{ dir: string; name: string; type: 'tree' | 'blob' | 'commit' }[]> {
  if (!dirs.length) return [];
  const r = await git(cwd, ['ls-tree', '-z', rev, '--', ...dirs.map((d) => (d ? `${d}/` : '.'))], { allowFail: true });
  if (r.code !== 0) return [];
  const out: { dir: string; name: string; type: 'tree' | 'blob' | 'commit' }[] = [];
  for (const entry of r.stdout.split('\0')) {
    if (!entry) continue;
    // "<mode> <type> <object>\t<path>"
    const tab = entry.indexOf('\t');
    const type = entry.slice(0, tab).split(' ')[1] as 'tree' | 'blob' | 'commit';
    const full = entry.slice(tab + 1);
    const slash = full.lastIndexOf('/');
    out.push({ dir: slash < 0 ? '' : full.slice(0, slash), name: full.slice(slash + 1), type });
  }
  return out;
}

/** All file paths in a revision under the given paths (one `ls-tree`, fast for 1,000s of files). */
export async function filesAt(cwd: string, rev: string, paths: string[] = []): Promise<string[]> {
  const r = await git(cwd, ['ls-tree', '-r', '--name-only', '-z', rev, '--', ...paths]);
  return r.stdout.split('\0').filter(Boolean);
}

/** A file's bytes at a revision, or undefined when it does not exist there. */
export async function readAt(cwd: string, rev: string, path: string): Promise<string | undefined> {
  const r = await git(cwd, ['show', `${rev}:${path}`], { allowFail: true });
  return r.code === 0 ? r.stdout : undefined;
}

/** The first line a file's working-tree version changed since `from` (for annotations), if any. */
export async function firstChangedLine(cwd: string, from: string, path: string): Promise<number | undefined> {
  const r = await git(cwd, ['diff', '-U0', '--no-color', '--no-ext-diff', '--relative', from, '--', path], { allowFail: true });
  const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/m.exec(r.stdout);
  if (!m) return undefined;
  // A pure deletion reports the line before it (+N,0): point at the next line, at least 1.
  return Math.max(1, Number(m[1]) + (m[2] === '0' ? 1 : 0));
}
