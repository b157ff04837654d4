import { skipTrivia, splitStatements } from '../lint/parser/text.js';

/**
 * How PostgreSQL will run a migration Prisma sends as one script (one simple-query message): as
 * one implicit transaction, unless the file controls transactions itself (BEGIN/COMMIT), in which
 * case what ran before a COMMIT stays after a later failure. Statements that refuse a transaction
 * block (CREATE INDEX CONCURRENTLY, VACUUM, ...) make the whole script fail unless alone.
 */
export interface TransactionFacts {
  /** `line N: COMMIT` entries. */
  transactionControl: string[];
  nonTransactional: string[];
  statements: number;
}

const CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT)\b/i;
const NON_TX = /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*\bCONCURRENTLY|VACUUM|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE)/i;

export function scanTransactions(sql: string): TransactionFacts {
  const out: TransactionFacts = { transactionControl: [], nonTransactional: [], statements: 0 };
  for (const s of splitStatements(sql)) {
    const start = skipTrivia(sql, s.start, s.end);
    const text = sql.slice(start, s.end).trim();
    if (!text) continue;
    out.statements++;
    const line = sql.slice(0, start).split('\n').length;
    const head = text.split(/\s+/).slice(0, 6).join(' ');
    if (CONTROL.test(text)) out.transactionControl.push(`line ${line}: ${head}`);
    else if (NON_TX.test(text)) out.nonTransactional.push(`line ${line}: ${head}`);
  }
  return out;
}
