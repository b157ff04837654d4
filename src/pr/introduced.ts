import type { Finding } from '../report/finding.js';

/**
 * "Only what the PR introduces fails it": findings the same checks already give on the merge
 * base are shown once, as a notice, and never change the exit code. One mechanism for every
 * check: findings of base and head are matched by a stable key.
 */

/** SQL as a key: comments dropped, whitespace collapsed, case folded (formatting is no new problem). */
function normalizeSql(sql: string): string {
  return sql
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * rule + file + subject. The subject is the statement and table for a lint finding, else the
 * message with its numbers blanked (counts, line numbers and timestamps shift between base and
 * head; the file already names the migration). Line numbers never take part.
 */
export function findingKey(f: Finding): string {
  const subject = f.statement !== undefined || f.table !== undefined ? `${f.table ?? ''}|${normalizeSql(f.statement ?? '')}` : f.message.replace(/\d+/g, '#');
  return `${f.rule}\0${f.file ?? ''}\0${subject}`;
}

export interface Preexisting {
  /** Base branch name, for the notice ("already on develop since ..."). */
  baseRef: string;
  /** The short commit that introduced a finding's file on the base (the merge base when unknown). */
  since: (f: Finding) => Promise<string>;
}

/**
 * Head findings whose key the base findings also have become one notice each ("already on
 * <base> since <commit>"); a key counts as many times as the base has it, so a second
 * occurrence the PR adds stays what it is. Everything else is returned unchanged.
 */
export async function markPreexisting(head: readonly Finding[], base: readonly Finding[], opts: Preexisting): Promise<Finding[]> {
  const left = new Map<string, number>();
  for (const f of base) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  const out: Finding[] = [];
  const shown = new Set<string>();
  for (const f of head) {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    if (n === 0) {
      out.push(f);
      continue;
    }
    left.set(key, n - 1);
    if (shown.has(key)) continue; // once
    shown.add(key);
    const since = await opts.since(f);
    out.push({
      ...f,
      severity: 'notice',
      message: `already on ${opts.baseRef} since ${since}: ${f.message}`,
      why: `this pull request did not introduce it, so it does not fail the check${f.why ? `; the hazard: ${f.why}` : ''}`,
    });
  }
  return out;
}
