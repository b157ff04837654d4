import { sortFindings, type Finding, type Severity } from './finding.js';

/** What SARIF needs to describe a rule (tool.driver.rules[]). */
export interface SarifRule {
  id: string;
  shortDescription: string;
  fullDescription?: string;
  helpUri?: string;
  /** Plain-text help (the rationale and the safe alternative). */
  help?: string;
  defaultLevel: Severity;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_URI = 'https://github.com/migration-gates/migration-gates';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * Render findings as a SARIF 2.1.0 log (one run): rules with help URIs and default levels, and
 * one result per finding located in its file. Findings of rules missing from `rules` get a
 * minimal rule entry, so every result's ruleIndex resolves.
 */
export function renderSarif(findings: readonly Finding[], rules: readonly SarifRule[], version = '0.1.0'): string {
  const all = [...rules];
  const index = new Map(all.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (index.has(f.rule)) continue;
    index.set(f.rule, all.length);
    all.push({ id: f.rule, shortDescription: f.rule, ...(f.docsUrl ? { helpUri: f.docsUrl } : {}), defaultLevel: f.severity });
  }
  const results = sortFindings(findings).map((f) => {
    const text = [f.message, f.why ? `Why: ${f.why}` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join('\n');
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: { text },
    };
    if (f.file) {
      const region: Record<string, number> = {};
      if (f.line) region.startLine = f.line;
      if (f.line && f.column) region.startColumn = f.column;
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
            ...(Object.keys(region).length ? { region } : {}),
          },
        },
      ];
      // Stable across runs that move lines: code scanning matches alerts by it.
      result.partialFingerprints = { 'migrationGates/v1': fingerprint(`${f.rule}\u0000${f.file}\u0000${f.statement ?? f.message}`) };
    }
    if (f.observed !== undefined || f.table) result.properties = { ...(f.table ? { table: f.table } : {}), ...(f.observed !== undefined ? { observed: f.observed } : {}) };
    return result;
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'migration-gates',
            informationUri: TOOL_URI,
            version,
            rules: all.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.shortDescription },
              ...(r.fullDescription ? { fullDescription: { text: r.fullDescription } } : {}),
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              ...(r.help ? { help: { text: r.help } } : {}),
              defaultConfiguration: { level: LEVEL[r.defaultLevel] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** FNV-1a 64-bit, hex: a short stable fingerprint without pulling in crypto for every result. */
function fingerprint(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
