/**
 * What a statement is, from its first keywords: enough to route it (inside or outside the
 * transaction) and to recognise statements the embedded database cannot run. Comments and
 * case are ignored; quoted text never matters here because only leading keywords are read.
 */

/** Index of the first character that is neither whitespace nor part of a comment. */
export function codeStart(sql: string): number {
  let i = 0;
  const n = sql.length;
  while (i < n) {
    if (/\s/.test(sql[i]!) || sql.charCodeAt(i) === 0xfeff) i++;
    else if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (sql.startsWith('/*', i)) {
      let depth = 1;
      i += 2;
      while (i < n && depth) {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return i;
}

/** The statement's first words, upper-cased, leading comments removed, whitespace collapsed. */
export function leadingWords(sql: string, max = 12): string {
  return sql
    .slice(codeStart(sql))
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, max)
    .join(' ')
    .toUpperCase();
}

/** Statements PostgreSQL refuses inside a transaction block: the trace runs them on their own. */
export function isNonTransactional(sql: string): boolean {
  const w = leadingWords(sql, 64);
  return (
    /^CREATE (UNIQUE )?INDEX CONCURRENTLY\b/.test(w) ||
    /^DROP INDEX CONCURRENTLY\b/.test(w) ||
    /^REINDEX (\([^)]*\) )?(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM) CONCURRENTLY\b/.test(w) ||
    /^REINDEX (\([^)]*\) )?(DATABASE|SYSTEM)\b/.test(w) ||
    /^ALTER TABLE\b.*\bDETACH PARTITION\b.*\bCONCURRENTLY;?$/.test(w) ||
    /^VACUUM\b/.test(w) ||
    /^(CREATE|DROP) (DATABASE|TABLESPACE)\b/.test(w) ||
    /^ALTER SYSTEM\b/.test(w) ||
    /^(CREATE|ALTER|DROP) SUBSCRIPTION\b/.test(w)
  );
}

/** BEGIN / COMMIT and friends inside migration.sql: the trace owns the transaction, so they are no-ops there. */
export function isTransactionControl(sql: string): boolean {
  return /^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET TRANSACTION)\b/.test(leadingWords(sql, 3));
}

/** `CREATE EXTENSION [IF NOT EXISTS] name`: the extension's name as PostgreSQL stores it. */
export function createdExtension(sql: string): string | undefined {
  const m = /^\s*CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"((?:[^"]|"")+)"|([A-Za-z_][\w$-]*))/i.exec(stripLeadingComments(sql));
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase();
}

/** Statements only a real server with its files and roles can run; a failure of one is `unsupported`. */
export function isEnvironmentStatement(sql: string): boolean {
  const w = leadingWords(sql, 8);
  return (
    /^(CREATE|ALTER|DROP) (TABLESPACE|SUBSCRIPTION|DATABASE|SERVER|USER MAPPING|FOREIGN DATA WRAPPER|EVENT TRIGGER)\b/.test(w) ||
    /^(ALTER SYSTEM|LOAD|CHECKPOINT)\b/.test(w) ||
    /^CREATE (OR REPLACE )?(TRUSTED )?(PROCEDURAL )?LANGUAGE\b/.test(w) ||
    /^COPY\b.*\b(FROM|TO) (PROGRAM|')/.test(w)
  );
}

function stripLeadingComments(sql: string): string {
  return sql.slice(codeStart(sql));
}

/** A statement shortened for a log line or a report. */
export function shorten(sql: string, max = 200): string {
  const one = sql.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
