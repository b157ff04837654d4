import { SourceText, skipTrivia, splitStatements, trimEnd } from './text.js';
import { getParser, type Ast, type PgParser } from './wasm.js';

/** One statement of a migration, located in its file. */
export interface ParsedStatement {
  /** 0-based position in the migration. */
  index: number;
  /** The statement's SQL without leading comments or the trailing semicolon. */
  sql: string;
  /** 1-based line where the statement's code starts. */
  line: number;
  column: number;
  endLine: number;
  /** String index of the statement's first code character in the file. */
  start: number;
  end: number;
  /** Where the text owned by this statement begins (just after the previous one): its leading comments live here. */
  leadStart: number;
  /** The node type, e.g. `AlterTableStmt`, and its fields. Undefined when the statement does not parse. */
  kind?: string;
  node?: Ast;
  /** Set when the statement does not parse. */
  syntaxError?: { message: string; line: number; column: number };
}

export interface ParsedMigration {
  source: SourceText;
  statements: ParsedStatement[];
  /** True when at least one statement does not parse. */
  hasSyntaxError: boolean;
}

/** Parse a whole migration in one pass; when that fails, statement by statement to pinpoint the broken one. */
export async function parseMigrationSql(text: string): Promise<ParsedMigration> {
  return parseMigrationWith(await getParser(), text);
}

export function parseMigrationWith(parser: PgParser, raw: string): ParsedMigration {
  // A UTF-8 BOM would be a syntax error for the parser; PostgreSQL clients strip it too.
  const text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
  const source = new SourceText(text);
  if (skipTrivia(text, 0) >= text.length) return { source, statements: [], hasSyntaxError: false };
  const whole = parser.parse(text);
  const statements: ParsedStatement[] = [];
  if (whole.ok) {
    let leadStart = 0;
    for (const s of whole.stmts) {
      const from = source.index(s.stmt_location ?? 0);
      const to = s.stmt_len ? source.index((s.stmt_location ?? 0) + s.stmt_len) : text.length;
      const st = locate(source, statements.length, Math.min(leadStart, from), from, to);
      if (!st) continue;
      const [kind] = Object.keys(s.stmt) as [string];
      st.kind = kind;
      st.node = s.stmt[kind];
      statements.push(st);
      leadStart = to + 1;
    }
    return { source, statements, hasSyntaxError: false };
  }
  let hasSyntaxError = false;
  let leadStart = 0;
  for (const piece of splitStatements(text)) {
    const st = locate(source, statements.length, leadStart, piece.start, piece.end);
    leadStart = piece.end + 1;
    if (!st) continue;
    const one = parser.parse(st.sql);
    if (one.ok && one.stmts.length === 1) {
      const [kind] = Object.keys(one.stmts[0]!.stmt) as [string];
      st.kind = kind;
      st.node = one.stmts[0]!.stmt[kind];
    } else if (one.ok) {
      // Cannot happen after a split on `;`, but a parser surprise must not lose statements.
      st.kind = 'Unknown';
    } else {
      hasSyntaxError = true;
      // PostgreSQL reports the error position in characters (code points), not bytes.
      const at = one.cursor === undefined ? st.start : st.start + codePointsToIndex(st.sql, one.cursor);
      st.syntaxError = { message: one.message, line: source.lineOf(at), column: source.columnOf(at) };
    }
    statements.push(st);
  }
  return { source, statements, hasSyntaxError };
}

function locate(source: SourceText, index: number, leadStart: number, from: number, to: number): ParsedStatement | undefined {
  const text = source.text;
  const start = skipTrivia(text, from, to);
  if (start >= to) return undefined;
  const end = trimEnd(text, start, to);
  return {
    index,
    sql: text.slice(start, end),
    line: source.lineOf(start),
    column: source.columnOf(start),
    endLine: source.lineOf(Math.max(start, end - 1)),
    start,
    end,
    leadStart,
  };
}

/** String index of the n-th code point (astral characters take two UTF-16 units). */
function codePointsToIndex(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}
