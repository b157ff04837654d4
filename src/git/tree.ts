import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { filesAt } from './changes.js';
import { git } from './git.js';

/**
 * Blobs of `rev` by repository-relative path, in one `git cat-file --batch` (fast for 1,000s of
 * files, byte-exact: no redaction or re-encoding on the way). Missing paths are left out.
 */
export function readBlobsAt(cwd: string, rev: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  // Batch input is one path a line: a path with a newline cannot be asked for (no migration has one).
  const asked = paths.filter((p) => !p.includes('\n'));
  if (!asked.length) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', 'cat-file', '--batch'], {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new UserError(`git cat-file failed: ${stderr.trim().split('\n')[0] ?? ''}`, { next: 'run the step after actions/checkout with fetch-depth: 0' }));
        return;
      }
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const p of asked) {
        const nl = buf.indexOf(10, pos);
        if (nl < 0) break;
        const header = buf.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        // "<sha> blob <size>" or "<rev>:<path> missing"
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) continue;
        const size = Number(m[2]);
        if (m[1] === 'blob') out.set(p, buf.subarray(pos, pos + size));
        pos += size + 1; // content, then a newline
      }
      resolve(out);
    });
    child.stdin.end(asked.map((p) => `${rev}:${p}`).join('\n') + '\n');
  });
}

/**
 * Write the files of `rev` that `keep` selects into `dest` (a temporary folder), so checks that
 * read a folder can run on another revision without touching the user's work tree.
 */
export async function materializeAt(cwd: string, rev: string, dest: string, keep: (p: string) => boolean): Promise<string[]> {
  const files = (await filesAt(cwd, rev)).filter(keep);
  const blobs = await readBlobsAt(cwd, rev, files);
  for (const [rel, data] of blobs) {
    const abs = path.join(dest, rel);
    if (!abs.startsWith(dest + path.sep)) continue; // never outside dest
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, data);
  }
  return [...blobs.keys()];
}

/** The short commit that added `rel` in the history of `rev`, if git knows it. */
export async function addedIn(cwd: string, rev: string, rel: string): Promise<string | undefined> {
  const r = await git(cwd, ['log', '--diff-filter=A', '--format=%h', '-1', rev, '--', rel], { allowFail: true });
  const sha = r.stdout.trim();
  return r.code === 0 && sha ? sha : undefined;
}
