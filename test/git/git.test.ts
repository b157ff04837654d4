import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveBase } from '../../src/git/base.js';
import { changedFiles, filesAt, firstChangedLine, readAt } from '../../src/git/changes.js';
import { isShallow, revParse } from '../../src/git/git.js';
import { GitRepo } from '../helpers/git.js';
import { makeTempDir } from '../helpers/tmp.js';
import { canaryExists } from '../migrations/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function repo(): GitRepo {
  const r = new GitRepo('git');
  cleanups.push(r.cleanup);
  return r;
}

describe('changedFiles / filesAt / readAt', () => {
  it('lists A, M, D and R (with the old path) plus untracked files, NUL-separated so any name survives', async () => {
    const r = repo();
    r.write('keep.txt', 'a\n').write('edit.txt', 'a\n').write('gone.txt', 'a\n').write('old name.txt', 'same content long enough to be a rename\n');
    const base = r.commit('base');
    r.write('edit.txt', 'b\n').remove('gone.txt').move('old name.txt', 'new "name" $(touch pwned);.txt');
    r.write('added\ttab.txt', 'x\n').commit('change');
    r.write('untracked ünïcode.txt', 'u\n');
    const files = await changedFiles(r.dir, base);
    expect(files).toEqual(
      expect.arrayContaining([
        { status: 'M', path: 'edit.txt' },
        { status: 'D', path: 'gone.txt' },
        { status: 'R', path: 'new "name" $(touch pwned);.txt', oldPath: 'old name.txt' },
        { status: 'A', path: 'added\ttab.txt' },
        { status: 'A', path: 'untracked ünïcode.txt' },
      ]),
    );
    expect(files).toHaveLength(5);
    expect(await filesAt(r.dir, base)).toEqual(['edit.txt', 'gone.txt', 'keep.txt', 'old name.txt']);
    expect(await readAt(r.dir, base, 'old name.txt')).toContain('same content');
    expect(await readAt(r.dir, base, 'missing.txt')).toBeUndefined();
    expect(canaryExists(r.dir)).toBe(false);
  });

  it('firstChangedLine points at the first edited line', async () => {
    const r = repo();
    r.write('m.sql', 'one\ntwo\nthree\nfour\n');
    const base = r.commit('base');
    r.write('m.sql', 'one\ntwo\nTHREE\nfour\n');
    expect(await firstChangedLine(r.dir, base, 'm.sql')).toBe(3);
    r.write('m.sql', 'one\nthree\nfour\n');
    expect(await firstChangedLine(r.dir, base, 'm.sql')).toBe(2);
    r.write('m.sql', 'one\ntwo\nthree\nfour\n');
    expect(await firstChangedLine(r.dir, base, 'm.sql')).toBeUndefined();
  });
});

describe('resolveBase', () => {
  it('prefers origin/<ref>, accepts refs/heads/<ref>, and returns tip and merge base', async () => {
    const r = repo();
    const first = r.commit('one');
    r.checkout('feature', true).write('f', '1').commit('f');
    r.checkout('main').write('m', '1');
    const tip = r.commit('m');
    r.checkout('feature');
    expect(await resolveBase(r.dir, 'main')).toEqual({ ref: 'main', tip, mergeBase: first });
    expect((await resolveBase(r.dir, 'refs/heads/main')).ref).toBe('main');
  });

  it('rejects a base-ref that looks like an option', async () => {
    const r = repo();
    r.commit('one');
    await expect(resolveBase(r.dir, '--upload-pack=touch pwned')).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('is not a branch name') });
    expect(canaryExists(r.dir)).toBe(false);
  });

  it('fetches the base branch and deepens a shallow PR checkout until the merge base exists', async () => {
    const origin = repo();
    origin.write('a', '1').commit('root');
    for (let i = 0; i < 5; i++) origin.write('a', String(i)).commit(`main ${i}`);
    origin.checkout('feature', true);
    for (let i = 0; i < 5; i++) origin.write('b', String(i)).commit(`feature ${i}`);
    origin.checkout('main').write('c', '1').commit('main after branch');
    const clone = makeTempDir('shallow');
    cleanups.push(clone.cleanup);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, clone.dir]);
    expect(await isShallow(clone.dir)).toBe(true);
    expect(await revParse(clone.dir, 'refs/remotes/origin/main')).toBeUndefined();
    const b = await resolveBase(clone.dir, 'main');
    expect(b.tip).toBe(origin.git('rev-parse', 'main'));
    expect(b.mergeBase).toBe(origin.git('merge-base', 'main', 'feature'));
  });

  it('fails with "fetch-depth: 0" when a shallow clone cannot reach the merge base', async () => {
    const origin = repo();
    origin.write('a', '1').commit('root');
    origin.checkout('feature', true).write('b', '1').commit('f');
    const clone = makeTempDir('shallow');
    cleanups.push(clone.cleanup);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin.dir}`, clone.dir]);
    execFileSync('git', ['-C', clone.dir, 'checkout', '-q', 'feature']);
    execFileSync('git', ['-C', clone.dir, 'remote', 'set-url', 'origin', `file://${origin.dir}-gone`]);
    await expect(resolveBase(clone.dir, 'main')).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('shallow clone'), next: expect.stringContaining('fetch-depth: 0') });
  });

  it('fails when the base branch is unknown, saying how to fix it', async () => {
    const r = repo();
    r.commit('one');
    await expect(resolveBase(r.dir, 'develop')).rejects.toMatchObject({ message: expect.stringContaining('"develop" is not in this checkout'), next: expect.stringContaining('--base-ref') });
  });

  it('fails when the branches share no history', async () => {
    const r = repo();
    r.write('a', '1').commit('main');
    r.git('checkout', '-q', '--orphan', 'lonely');
    r.write('b', '1').commit('orphan');
    await expect(resolveBase(r.dir, 'main')).rejects.toMatchObject({ message: expect.stringContaining('no common ancestor') });
  });
});
