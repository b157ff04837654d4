import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/tmp.js';
import { ADMIN_URL } from '../helpers/pg.js';

interface Step { name?: string; id?: string; shell?: string; env?: Record<string, string>; run?: string }
const action = parse(readFileSync(path.join(REPO_ROOT, 'actions/backup-before-deploy/action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const [setup, backup] = action.runs.steps as [Step, Step];

/** Run the client-setup step's script as the runner would: bash, the URL only in the environment. */
function runSetup(databaseUrl: string) {
  return spawnSync('bash', ['-c', setup.run!], { encoding: 'utf8', env: { PATH: process.env.PATH, MG_DATABASE_URL: databaseUrl, RUNNER_OS: 'Linux' } });
}

describe('actions/backup-before-deploy/action.yml', () => {
  it('is a composite action whose JavaScript step gets every input as INPUT_* and feeds every output', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['artifact-name', 'config', 'database-url', 'directory', 'environment', 'retention-days', 'verify', 'working-directory']);
    for (const name of Object.keys(action.inputs)) {
      expect(backup.env?.[`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
    }
    for (const name of ['backup-id', 'path', 'manifest', 'sha256', 'size-bytes']) {
      expect(action.outputs[name]?.value).toBe(`\${{ steps.backup.outputs.${name} }}`);
    }
    expect(backup.id).toBe('backup');
    expect(backup.run).toBe('node "${{ github.action_path }}/../../dist/backup-before-deploy/index.js"');
    // The URL reaches the setup script through its environment, never its text.
    expect(setup.run).not.toContain('inputs.');
    expect(setup.env).toEqual({ MG_DATABASE_URL: '${{ inputs.database-url }}' });
    expect(action.inputs.verify?.default).toBe('true');
  });

  it('the setup step reads the server major through psql (Prisma\'s ?schema= dropped) and finds pg_dump 15 installed', () => {
    const u = new URL(ADMIN_URL);
    u.password = 'n0t-printed!';
    u.searchParams.set('schema', 'public');
    u.searchParams.set('connection_limit', '5');
    u.searchParams.set('sslmode', 'disable');
    const r = runSetup(u.toString());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('PostgreSQL server major version: 15');
    expect(r.stdout).toContain('A pg_dump for PostgreSQL 15 is installed.');
    expect(r.stdout).not.toContain('Installing');
    const printed = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(printed).not.toContain('n0t-printed!');
  });

  it('an empty URL fails the step with the fix; an unreachable server is left to the backup step to explain', () => {
    const empty = runSetup('');
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('::error::input database-url is empty');
    const down = runSetup('postgresql://app:pw-xyz@127.0.0.1:1/girok_user');
    expect(down.status).toBe(0);
    expect(down.stdout).toContain('the backup step will report the connection error');
    expect(down.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('pw-xyz');
  });
});
