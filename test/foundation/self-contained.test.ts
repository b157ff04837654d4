import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

/** Tracked files, as a fresh clone has them (the dist bundles are generated, checked elsewhere). */
function trackedFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').filter((f) => f && !f.startsWith('dist/') && f !== 'package-lock.json' && existsSync(path.join(REPO_ROOT, f)));
}

const isText = (buf: Buffer) => !buf.subarray(0, 8000).includes(0);

// Built from pieces so this file does not match itself.
const OUTSIDE = [
  new RegExp(['\\.\\.', 'shared'].join('/')), // the sibling folder of the development machine
  new RegExp(['', 'work', ''].join('/')), // its absolute paths
  new RegExp(['MIGRATION_GATES', 'SHARED'].join('_')), // the old override pointing at it
];

describe('a clone of this repository needs nothing beside it', () => {
  it('no tracked file names a path outside the repository', () => {
    const hits: string[] = [];
    for (const file of trackedFiles()) {
      const buf = readFileSync(path.join(REPO_ROOT, file));
      if (!isText(buf)) continue;
      buf
        .toString('utf8')
        .split('\n')
        .forEach((line, i) => {
          if (OUTSIDE.some((re) => re.test(line))) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('every relative link of every markdown file points at a tracked file or folder inside the repository', () => {
    const files = trackedFiles();
    const tracked = new Set(files);
    const folders = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    const broken: string[] = [];
    let links = 0;
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.split('#')[0]!;
        if (!target || /^[a-z]+:/i.test(target)) continue; // in-page anchor, https:, mailto:
        links++;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target)).replace(/\/$/, '');
        if (resolved.startsWith('..') || path.posix.isAbsolute(resolved)) broken.push(`${file}: ${target} leaves the repository`);
        else if (!tracked.has(resolved) && !folders.has(resolved)) broken.push(`${file}: ${target} is not a tracked file or folder`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(20); // the README and the docs link to each other
  });

  it('the offline Prisma fixture documents every fix its config applies', () => {
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'prisma-offline');
    const config = readFileSync(path.join(dir, 'prisma.config.ts'), 'utf8');
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const fixes = [...config.matchAll(/Fix (\d)/g)].map((m) => m[1]);
    expect(new Set(fixes)).toEqual(new Set(['1', '2', '3']));
    for (const n of fixes) expect(readme).toMatch(new RegExp(`^${n}\\. \\*\\*`, 'm'));
    for (const env of config.matchAll(/process\.env\.([A-Z_]+) \?\?=/g)) expect(readme).toContain(env[1]);
  });
});
