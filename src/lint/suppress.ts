import type { Finding } from '../report/finding.js';
import type { ParsedMigration } from './parser/split.js';
import { RULES_BY_ID, UNSUPPRESSIBLE } from './rules/index.js';
import type { Suppression } from './types.js';

/** One `-- migration-gates-ignore[-file] rule-a, rule-b -- reason` comment. */
export interface Directive {
  line: number;
  scope: 'statement' | 'file';
  rules: string[];
  reason: string | undefined;
  /** Statement it applies to (statement scope): the first statement that starts after the comment. */
  statement: number | undefined;
}

const DIRECTIVE = /--\s*migration-gates-ignore(-file)?(?![\w-])(.*)$/;

/** Find the ignore comments of a migration and the statement each applies to. */
export function parseDirectives(parsed: ParsedMigration): Directive[] {
  const text = parsed.source.text;
  if (!text.includes('migration-gates-ignore')) return [];
  const out: Directive[] = [];
  let offset = 0;
  for (const lineText of text.split('\n')) {
    const m = DIRECTIVE.exec(lineText);
    if (m) {
      const at = offset + m.index;
      let rest = m[2]!.trim();
      let reason: string | undefined;
      const sep = /(?:^|\s)--\s|(?:^|\s)reason:\s*/i.exec(rest);
      if (sep) {
        reason = rest.slice(sep.index + sep[0].length).trim() || undefined;
        rest = rest.slice(0, sep.index);
      }
      const rules = rest.split(/[\s,]+/).filter(Boolean);
      const scope = m[1] ? 'file' : 'statement';
      const target = scope === 'statement' ? parsed.statements.find((s) => s.start > at) : undefined;
      out.push({ line: parsed.source.lineOf(at), scope, rules, reason, statement: target?.index });
    }
    offset += lineText.length + 1;
  }
  return out;
}

export interface Located {
  finding: Finding;
  /** Statement index the finding is about. */
  statement: number;
}

/**
 * Drop findings an ignore comment covers, record what each comment silenced, and report the
 * rules of each comment that silenced nothing (`unused-ignore`).
 */
export function applySuppressions(
  items: Located[],
  directives: Directive[],
  file: string,
  enabled: (rule: string) => boolean,
): { kept: Located[]; suppressions: Suppression[]; unused: { line: number; message: string }[] } {
  const matched = directives.map(() => new Set<string>());
  const kept: Located[] = [];
  for (const item of items) {
    const rule = item.finding.rule;
    let hit = -1;
    if (!UNSUPPRESSIBLE.has(rule)) {
      hit = directives.findIndex((d) => d.rules.includes(rule) && (d.scope === 'file' || d.statement === item.statement));
    }
    if (hit === -1) kept.push(item);
    else matched[hit]!.add(rule);
  }
  const suppressions: Suppression[] = directives.map((d, i) => ({
    file,
    line: d.line,
    rules: d.rules,
    scope: d.scope,
    ...(d.reason ? { reason: d.reason } : {}),
    matched: d.rules.filter((r) => matched[i]!.has(r)),
  }));
  const unused: { line: number; message: string }[] = [];
  directives.forEach((d, i) => {
    if (!d.rules.length) {
      unused.push({ line: d.line, message: `migration-gates-ignore${d.scope === 'file' ? '-file' : ''} names no rule: list the rule ids it should silence` });
      return;
    }
    for (const r of d.rules) {
      if (matched[i]!.has(r)) continue;
      if (!RULES_BY_ID.has(r)) {
        const guess = closest(r);
        unused.push({ line: d.line, message: `ignore names "${r}", which is not a lint rule${guess ? ` (did you mean "${guess}"?)` : ''}` });
      } else if (UNSUPPRESSIBLE.has(r)) {
        unused.push({ line: d.line, message: `"${r}" cannot be ignored: the migration fails wherever it runs` });
      } else if (!enabled(r)) {
        continue; // the rule is off in the config: nothing to silence, nothing to say
      } else if (d.scope === 'statement' && d.statement === undefined) {
        unused.push({ line: d.line, message: `ignore of "${r}" has no statement after it` });
      } else {
        unused.push({ line: d.line, message: `ignore of "${r}" matches no finding${d.scope === 'file' ? ' in this file' : ' on the next statement'}` });
      }
    }
  });
  return { kept, suppressions, unused };
}

function closest(id: string): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const r of RULES_BY_ID.keys()) {
    const d = distance(id, r);
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
