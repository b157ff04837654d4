import { loadParserModule, type PgWasmModule } from './load.js';

/** A parse tree node as libpg-query emits it (JSON): `{ NodeType: { ...fields } }`. */
// The tree is untyped JSON from the WASM parser; rules read it through the helpers in ast.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Ast = any;

export interface RawStatement {
  stmt: Ast;
  /** Byte offset of the statement in the parsed text (may include leading whitespace/comments). */
  stmt_location?: number;
  /** Byte length; absent or 0 means "to the end of the text". */
  stmt_len?: number;
}

export type RawParse =
  | { ok: true; stmts: RawStatement[] }
  | { ok: false; message: string; /** 0-based position of the error in characters (code points), when known. */ cursor: number | undefined };

export interface PgParser {
  parse(sql: string): RawParse;
}

function withCString<T>(m: PgWasmModule, s: string, fn: (p: number) => T): T {
  const len = m.lengthBytesUTF8(s) + 1;
  const p = m._malloc(len);
  try {
    m.stringToUTF8(s, p, len);
    return fn(p);
  } finally {
    m._free(p);
  }
}

/** Parse with the real PostgreSQL grammar. Synchronous once the module is loaded. */
export function parseWith(m: PgWasmModule, sql: string): RawParse {
  return withCString(m, sql, (q) => {
    const r = m._wasm_parse_query_raw(q);
    if (!r) return { ok: false, message: 'the parser ran out of memory', cursor: undefined };
    try {
      // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
      const tree = m.getValue(r, 'i32');
      const err = m.getValue(r + 8, 'i32');
      if (err) {
        // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
        const msgPtr = m.getValue(err, 'i32');
        const cursorpos = m.getValue(err + 16, 'i32');
        return { ok: false, message: msgPtr ? m.UTF8ToString(msgPtr) : 'syntax error', cursor: cursorpos > 0 ? cursorpos - 1 : undefined };
      }
      const parsed = JSON.parse(m.UTF8ToString(tree)) as { stmts?: RawStatement[] };
      return { ok: true, stmts: parsed.stmts ?? [] };
    } finally {
      m._wasm_free_parse_result(r);
    }
  });
}

let parser: PgParser | undefined;

/** The shared parser (one WASM instance per process). */
export async function getParser(): Promise<PgParser> {
  if (parser) return parser;
  const m = await loadParserModule();
  parser = { parse: (sql) => parseWith(m, sql) };
  return parser;
}
