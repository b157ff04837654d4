import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/actions/_dispatch.js';
import { REPO_ROOT } from '../helpers/tmp.js';

// A composite action runs its bundle with the `node` on the runner's PATH: an old one is refused
// with the fix, before any action code loads.
describe('the shared actions bundle entry', () => {
  const real = Object.getOwnPropertyDescriptor(process, 'versions')!;
  afterEach(() => {
    Object.defineProperty(process, 'versions', real);
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('refuses a Node older than 20 with the setup-node step to add', async () => {
    Object.defineProperty(process, 'versions', { ...real, value: { ...process.versions, node: '18.19.0' } });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run('backup-before-deploy');
    expect(process.exitCode).toBe(1);
    const text = out.mock.calls.map((c) => String(c[0])).join('');
    expect(text).toMatch(/^::error::migration-gates backup-before-deploy needs Node\.js 20 or newer/);
    expect(text).toContain('node-version: 24');
  });

  it('has every action of src/actions (scripts/build.mjs writes an entry for each), and names them when asked for another', async () => {
    const actions = readdirSync(path.join(REPO_ROOT, 'src', 'actions'))
      .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(actions.length).toBe(7);
    await expect(run('deploy-everything')).rejects.toThrow(`no action named deploy-everything in this bundle (have: ${actions.join(', ')})`);
  });
});
