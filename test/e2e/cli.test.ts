import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

const cli = (args: string[], cwd = REPO_ROOT) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8' });

describe('dist/cli', () => {
  it('lists every command, and exits 2 on usage errors with the next step', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['pr-check', 'check', 'lint', 'backup', 'restore', 'apply', 'sync', 'health', 'services', 'config']) expect(help.stdout).toContain(`  ${c}`);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const badFlag = cli(['check', '--no-such-flag']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain('migration-gates check --help');
  });

  it('prints per-command help with flags that mirror the action inputs', () => {
    const r = cli(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--base-ref');
    expect(r.stdout).toContain('--shadow-database-url');
    expect(r.stdout).toContain('--format');
  });
});
