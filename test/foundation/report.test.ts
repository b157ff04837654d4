import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emitAnnotations } from '../../src/report/annotations.js';
import { buildChecklist } from '../../src/report/checklist.js';
import { shouldFail, sortFindings, summarize, type Finding } from '../../src/report/finding.js';
import { renderJson } from '../../src/report/json.js';
import { mdEscape, renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/terminal.js';

const f = (rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({ rule, severity, message: `${rule} message`, ...extra });

describe('Finding model', () => {
  it('counts, sorts errors first and applies fail-on', () => {
    const list = [f('b', 'notice'), f('a', 'warning', { file: 'x.sql', line: 3 }), f('c', 'error')];
    expect(summarize(list)).toEqual({ errors: 1, warnings: 1, notices: 1, total: 3 });
    expect(sortFindings(list).map((x) => x.rule)).toEqual(['c', 'a', 'b']);
    expect(shouldFail(summarize(list), 'error')).toBe(true);
    expect(shouldFail(summarize([f('a', 'warning')]), 'error')).toBe(false);
    expect(shouldFail(summarize([f('a', 'warning')]), 'warning')).toBe(true);
    expect(shouldFail(summarize(list), 'never')).toBe(false);
  });
});

describe('markdown, text and JSON sinks', () => {
  it('escapes PR-controlled text so it cannot inject markup', () => {
    const evil = '<img src=x onerror=alert(1)> [click](http://evil) `code` | pipe';
    const md = renderMarkdown({ tool: 't', title: 'T', findings: [f('edited-migration', 'error', { message: evil, file: 'a/`b`.sql', line: 2 })] });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[click](http');
    expect(mdEscape('a|b')).toBe('a\\|b');
    expect(mdEscape('reviewed by @ops')).not.toMatch(/@ops/);
    expect(md).toContain('**1** error(s)');
  });

  it('renders the checklist from findings and the checks that ran', () => {
    const items = buildChecklist([f('migration-name', 'warning'), f('drop-column', 'error')], new Set(['history', 'lint']));
    const byText = Object.fromEntries(items.map((i) => [i.text, i]));
    expect(byText['Migration files are included']!.status).toBe('passed');
    expect(byText['Migration name is clear and descriptive']!.status).toBe('failed');
    expect(byText['No data loss potential']!.findings).toEqual(['drop-column']);
    expect(byText['Migration tested locally']!.status).toBe('review');
    const onlyHistory = buildChecklist([], new Set(['history']));
    expect(onlyHistory.find((i) => i.text === 'No data loss potential')!.status).toBe('review');
  });

  it('prints text and JSON with the same findings', () => {
    const report = { tool: 'check-migrations', title: 'Check', findings: [f('edited-migration', 'error', { file: 'm.sql', line: 1, fix: 'revert it' })], facts: { base: 'develop' } };
    const text = renderText(report);
    expect(text).toContain('m.sql:1  error [edited-migration]');
    expect(text).toContain('fix: revert it');
    const json = JSON.parse(renderJson(report));
    expect(json.summary).toMatchObject({ tool: 'check-migrations', errors: 1, base: 'develop' });
    expect(json.findings[0]).toMatchObject({ rule: 'edited-migration', severity: 'error', file: 'm.sql', line: 1 });
  });
});

describe('annotations', () => {
  let out: string[] = [];
  beforeEach(() => {
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('caps at 10 per level like GitHub, and escapes workflow-command data', () => {
    const many = Array.from({ length: 13 }, (_, i) => f('drop-column', 'error', { file: 'a.sql', line: i + 1 }));
    many.push(f('migration-name', 'warning', { file: 'b,c.sql', line: 1, message: 'line1\nline2 %' }));
    const r = emitAnnotations(many);
    expect(r).toEqual({ emitted: 11, omitted: 3 });
    const lines = out.join('').split('\n').filter((l) => l.startsWith('::'));
    expect(lines.filter((l) => l.startsWith('::error')).length).toBe(10);
    const warn = lines.find((l) => l.startsWith('::warning'))!;
    expect(warn).toContain('file=b%2Cc.sql');
    expect(warn).toContain('line1%0Aline2 %25');
  });
});

describe('a fix of several commands', () => {
  it('keeps one command a line in markdown, each line escaped', () => {
    const md = renderMarkdown({ tool: 't', title: 'x', findings: [f('out-of-order-migration', 'error', { fix: 'git fetch origin\nrm -rf a_$(x)' })] });
    expect(md).toContain('_Fix:_ git fetch origin<br>rm -rf a\\_$\\(x\\)');
  });
});
