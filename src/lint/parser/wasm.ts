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

// Strings cross into and out of the WASM memory through Node's native UTF-8 codec and a native
// scan for the terminating NUL, not Emscripten's per-byte JavaScript loops.
function withCString<T>(m: PgWasmModule, s: string, fn: (p: number) => T): T {
  const bytes = Buffer.from(s, 'utf8');
  const p = m._malloc(bytes.length + 1);
  try {
    const heap = m.HEAPU8;
    heap.set(bytes, p);
    heap[p + bytes.length] = 0;
    return fn(p);
  } finally {
    m._free(p);
  }
}

function cString(m: PgWasmModule, p: number): string {
  const heap = m.HEAPU8;
  const end = heap.indexOf(0, p);
  return Buffer.from(heap.buffer, heap.byteOffset + p, (end === -1 ? heap.length : end) - p).toString('utf8');
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
        return { ok: false, message: msgPtr ? cString(m, msgPtr) : 'syntax error', cursor: cursorpos > 0 ? cursorpos - 1 : undefined };
      }
      const parsed = JSON.parse(cString(m, tree)) as { stmts?: RawStatement[] };
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
