import { describe, expect, it } from 'vitest';
import { lintRuleMeta, lintSarif } from '../../src/lint/report.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/report/finding.js';
import { BASE, lintSql } from './helpers.js';

/**
 * The SARIF 2.1.0 schema's essentials, checked by hand (the schema itself needs a JSON-schema
 * engine we do not ship): required properties, enums, and cross-references. Returns the problems.
 */
function validateSarif(log: unknown): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => {
    if (!cond) problems.push(what);
  };
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isUri = (s: unknown) => typeof s === 'string' && s.length > 0 && !/\s/.test(s);
  need(obj(log), 'log is an object');
  if (!obj(log)) return problems;
  need(log.version === '2.1.0', 'version is "2.1.0"');
  need(typeof log.$schema === 'string' && /sarif-2\.1\.0/.test(log.$schema), '$schema names SARIF 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length > 0, 'runs is a non-empty array');
  for (const [ri, run] of ((log.runs as unknown[]) ?? []).entries()) {
    need(obj(run), `runs[${ri}] is an object`);
    if (!obj(run)) continue;
    const driver = obj(run.tool) && obj(run.tool.driver) ? run.tool.driver : undefined;
    need(!!driver, `runs[${ri}].tool.driver exists`);
    if (!driver) continue;
    need(typeof driver.name === 'string' && driver.name.length > 0, 'driver.name is a non-empty string');
    if (driver.informationUri !== undefined) need(isUri(driver.informationUri), 'driver.informationUri is a URI');
    const rules = (driver.rules ?? []) as unknown[];
    need(Array.isArray(rules), 'driver.rules is an array');
    const ids = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      need(obj(rule) && typeof rule.id === 'string' && rule.id.length > 0, `rules[${i}].id is a string`);
      if (!obj(rule)) continue;
      need(!ids.has(rule.id as string), `rules[${i}].id is unique`);
      ids.add(rule.id as string);
      for (const k of ['shortDescription', 'fullDescription', 'help'] as const) {
        if (rule[k] !== undefined) need(obj(rule[k]) && typeof (rule[k] as { text?: unknown }).text === 'string', `rules[${i}].${k}.text is a string`);
      }
      if (rule.helpUri !== undefined) need(isUri(rule.helpUri), `rules[${i}].helpUri is a URI`);
      const level = obj(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      if (level !== undefined) need(['none', 'note', 'warning', 'error'].includes(level as string), `rules[${i}].defaultConfiguration.level is a SARIF level`);
    }
    need(Array.isArray(run.results), `runs[${ri}].results is an array`);
    for (const [i, res] of ((run.results as unknown[]) ?? []).entries()) {
      need(obj(res), `results[${i}] is an object`);
      if (!obj(res)) continue;
      need(obj(res.message) && typeof (res.message as { text?: unknown }).text === 'string', `results[${i}].message.text is a string`);
      need(typeof res.ruleId === 'string', `results[${i}].ruleId is a string`);
      if (res.level !== undefined) need(['none', 'note', 'warning', 'error'].includes(res.level as string), `results[${i}].level is a SARIF level`);
      if (res.ruleIndex !== undefined) {
        const r = rules[res.ruleIndex as number] as { id?: string } | undefined;
        need(Number.isInteger(res.ruleIndex) && r?.id === res.ruleId, `results[${i}].ruleIndex points at its rule`);
      }
      for (const [li, loc] of ((res.locations as unknown[]) ?? []).entries()) {
        const pl = obj(loc) && obj(loc.physicalLocation) ? loc.physicalLocation : undefined;
        need(!!pl, `results[${i}].locations[${li}].physicalLocation exists`);
        if (!pl) continue;
        need(obj(pl.artifactLocation) && isUri(pl.artifactLocation.uri), `results[${i}].locations[${li}] artifactLocation.uri is a relative URI`);
        if (pl.region !== undefined) {
          const reg = pl.region as Record<string, unknown>;
          need(Number.isInteger(reg.startLine) && (reg.startLine as number) >= 1, `results[${i}] region.startLine >= 1`);
          if (reg.startColumn !== undefined) need(Number.isInteger(reg.startColumn) && (reg.startColumn as number) >= 1, `results[${i}] region.startColumn >= 1`);
        }
      }
      if (res.partialFingerprints !== undefined) need(obj(res.partialFingerprints) && Object.values(res.partialFingerprints).every((v) => typeof v === 'string'), `results[${i}].partialFingerprints maps to strings`);
    }
  }
  return problems;
}

describe('SARIF 2.1.0', () => {
  it('renders lint findings as a valid log with rules, help URIs and levels', async () => {
    const r = await lintSql('ALTER TABLE "User" DROP COLUMN "name";\nCREATE INDEX "User_email_idx" ON "User"("email");\nCREATE EXTENSION x;', { history: [BASE] });
    const text = lintSarif(r.findings);
    const log = JSON.parse(text);
    expect(validateSarif(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules).toHaveLength(lintRuleMeta().length);
    const drop = run.tool.driver.rules.find((x: { id: string }) => x.id === 'drop-column');
    expect(drop).toMatchObject({ helpUri: expect.stringMatching(/docs\/rules\/drop-column\.md$/), defaultConfiguration: { level: 'error' } });
    expect(run.tool.driver.rules.find((x: { id: string }) => x.id === 'replay-unsupported').defaultConfiguration.level).toBe('note');
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'drop-column');
    expect(res).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'prisma/migrations/20240102000000_change/migration.sql' }, region: { startLine: 1, startColumn: 1 } } }],
    });
    expect(res.message.text).toContain('DROP COLUMN "User"."name"');
    expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'create-index-not-concurrently').level).toBe('warning');
  });

  it('adds a rule entry for findings of rules it was not told about, and maps notice to note', () => {
    const findings: Finding[] = [
      { rule: 'edited-migration', severity: 'notice', file: 'a b/ü.sql', line: 3, message: 'x' },
      { rule: 'gate', severity: 'warning', message: 'no file' },
    ];
    const log = JSON.parse(renderSarif(findings, []));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['edited-migration', 'gate']);
    const edited = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'edited-migration');
    expect(edited.level).toBe('note');
    expect(edited.locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/%C3%BC.sql');
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'gate').locations).toBeUndefined();
  });

  it('the validator catches a broken log', () => {
    expect(validateSarif({ version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{ ruleId: 'x', ruleIndex: 3, level: 'fatal' }] }] })).toEqual(
      expect.arrayContaining(['version is "2.1.0"', 'driver.name is a non-empty string', 'results[0].message.text is a string', 'results[0].level is a SARIF level', 'results[0].ruleIndex points at its rule']),
    );
  });

  it('keeps the fingerprint stable when a finding moves to another line', async () => {
    const a = JSON.parse(lintSarif((await lintSql('DROP TABLE "Post";', { history: [BASE] })).findings)).runs[0].results[0];
    const b = JSON.parse(lintSarif((await lintSql('\n\n-- moved\nDROP TABLE "Post";', { history: [BASE] })).findings)).runs[0].results[0];
    expect(a.locations[0].physicalLocation.region.startLine).not.toBe(b.locations[0].physicalLocation.region.startLine);
    expect(a.partialFingerprints).toEqual(b.partialFingerprints);
  });
});
