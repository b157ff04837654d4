import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

describe('README stays true', () => {
  it('documents every input and output of every action (generated section is current)', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/readme-actions.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const files = ['action.yml', ...readdirSync(path.join(REPO_ROOT, 'actions')).map((d) => `actions/${d}/action.yml`)];
    for (const f of files) {
      const a = parse(readFileSync(path.join(REPO_ROOT, f), 'utf8')) as { inputs?: Record<string, unknown>; outputs?: Record<string, unknown>; runs: { main?: string; using: string } };
      for (const k of Object.keys(a.inputs ?? {})) expect(readme, `${f} input ${k}`).toContain(`| \`${k}\` |`);
      for (const k of Object.keys(a.outputs ?? {})) expect(readme, `${f} output ${k}`).toContain(`| \`${k}\` |`);
      // A JavaScript action must point at a committed bundle.
      if (a.runs.main) expect(existsSync(path.join(REPO_ROOT, path.dirname(f), a.runs.main)), `${f} main`).toBe(true);
    }
  });

  it('gives every rule a docs page', () => {
    const pages = new Set(readdirSync(path.join(REPO_ROOT, 'docs/rules')).map((f) => f.replace(/\.md$/, '')));
    const index = readFileSync(path.join(REPO_ROOT, 'docs/rules/README.md'), 'utf8');
    for (const p of pages) if (p !== 'README') expect(index).toContain(`[\`${p}\`](${p}.md)`);
    for (const rule of ['edited-migration', 'schema-drift', 'drop-column', 'foreign-key-without-index', 'lock-timeout-missing']) expect(pages.has(rule)).toBe(true);
  });
});
