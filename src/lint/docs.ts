import type { LintRule } from './rule.js';

const POSTGRES_DOCS: Record<string, string> = {
  lock: 'https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-TABLES',
  rewrite: 'https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES',
  'data-loss': 'https://www.postgresql.org/docs/current/ddl-alter.html',
  compatibility: 'https://www.postgresql.org/docs/current/sql-altertable.html',
  correctness: 'https://www.postgresql.org/docs/current/ddl-constraints.html',
  engine: 'https://www.postgresql.org/docs/current/sql-commands.html',
};

const CATEGORY: Record<string, string> = {
  lock: 'lock on an existing table',
  rewrite: 'table rewrite',
  'data-loss': 'data loss',
  compatibility: 'breaks the running application',
  correctness: 'correctness',
  engine: 'engine',
};

/** The docs page of a rule (docs/rules/<id>.md), generated from the rule itself so the two never drift. */
export function renderRuleDoc(rule: LintRule): string {
  const parts = [
    `# ${rule.id}`,
    '',
    `**Default severity:** ${rule.severity} · **Kind:** ${CATEGORY[rule.category]} · **Reported by:** [lint-migration](../actions/lint-migration.md) and \`npx migration-gates lint\``,
    '',
    `> ${rule.summary}.`,
    '',
    '## Problem',
    '',
    rule.docs.problem,
    '',
    '```sql',
    rule.docs.bad,
    '```',
    '',
    '## Why it hurts',
    '',
    rule.rationale,
    '',
    '## Solution',
    '',
    '```sql',
    rule.safeAlternative,
    '```',
    '',
  ];
  if (rule.docs.notes) parts.push(rule.docs.notes, '');
  if (rule.category === 'lock' || rule.category === 'rewrite') {
    parts.push(
      'With `stats-database-url`, the finding shows the table\'s row estimate and size, and a warning becomes an error when the table has more rows than `lint.large-table-rows` (1,000,000 by default).',
      '',
    );
  }
  if (rule.category !== 'engine') {
    parts.push(
      'On a pull request, a table or column created by any earlier statement of the pull request (in the same migration or an earlier one) is new on every environment, empty and read by no running code: "existed before" means before the pull request. When linting explicit paths or the whole history (`--all`), it means before the migration.',
      '',
    );
  }
  parts.push(
    '## Configure',
    '',
    '```yaml',
    '# .github/migration-gates.yml',
    'lint:',
    '  rules:',
    `    ${rule.id}: ${rule.severity} # off | notice | warning | error`,
    '```',
    '',
  );
  if (rule.id === 'syntax-error' || rule.id === 'migration-fails') {
    parts.push('This finding cannot be silenced with an ignore comment: the migration fails wherever it runs.', '');
  } else if (rule.id !== 'unused-ignore') {
    parts.push(
      'To accept it for one statement, say why just above it (or for the whole file with `migration-gates-ignore-file`):',
      '',
      '```sql',
      `-- migration-gates-ignore ${rule.id} -- <reason, shown in the report>`,
      '```',
      '',
    );
  }
  parts.push(
    '## Links',
    '',
    '- [All lint rules and the lint-migration action](../actions/lint-migration.md#rules)',
    `- [PostgreSQL documentation](${POSTGRES_DOCS[rule.category]})`,
    '',
  );
  return parts.join('\n');
}
