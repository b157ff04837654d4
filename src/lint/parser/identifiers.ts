/**
 * Identifiers longer than a byte limit, found in raw SQL (the parser has already truncated them
 * in its tree). String literals, dollar-quoted bodies and comments are skipped.
 */

import { skipBlockComment, skipDollarQuoted, skipQuoted } from './text.js';

const precheck = new Map<number, RegExp>();

/**
 * Cheap pre-check: without non-ASCII text, a run of maxBytes+1 identifier characters, or a double
 * quote followed by maxBytes+1 characters that are not a quote or are a doubled one, nothing can be
 * too long. One native regex: the lookbehind starts the word branch only at the start of a word.
 */
export function mayHaveLongIdentifier(sql: string, maxBytes: number): boolean {
  let re = precheck.get(maxBytes);
  if (!re) precheck.set(maxBytes, (re = new RegExp(`[^\\x00-\\x7f]|(?<![\\w$])[\\w$]{${maxBytes + 1}}|"(?:[^"]|""){${maxBytes + 1}}`)));
  return re.test(sql);
}

export interface LongIdentifier {
  name: string;
  bytes: number;
  /** Lines between the start of `sql` and the identifier. */
  lineOffset: number;
}

// Character classes by char code, for a scan with no per-character regex or string building.
const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;

export function longIdentifiers(sql: string, maxBytes: number): LongIdentifier[] {
  return mayHaveLongIdentifier(sql, maxBytes) ? scanIdentifiers(sql, maxBytes) : [];
}

/** The scan itself, without the pre-check (exported so tests can prove the pre-check never misses). */
export function scanIdentifiers(sql: string, maxBytes: number): LongIdentifier[] {
  const out: LongIdentifier[] = [];
  const n = sql.length;
  // A UTF-16 unit is at most 3 UTF-8 bytes: a shorter span cannot exceed the limit.
  const minChars = Math.floor(maxBytes / 3) + 1;
  const push = (name: string, at: number) => {
    const bytes = Buffer.byteLength(name, 'utf8');
    if (bytes > maxBytes) out.push({ name, bytes, lineOffset: countLines(sql, at) });
  };
  let i = 0;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (c === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
      i = skipBlockComment(sql, i);
    } else if (c === 39 /* ' */) {
      i = skipQuoted(sql, i);
    } else if (c === 36 /* $ */) {
      const past = skipDollarQuoted(sql, i);
      i = past === -1 ? i + 1 : past;
    } else if (c === 34 /* " */) {
      const start = i;
      let end = i + 1;
      let doubled = false;
      for (;;) {
        const q = sql.indexOf('"', end);
        if (q === -1) {
          end = n;
          break;
        }
        if (sql.charCodeAt(q + 1) !== 34) {
          end = q;
          break;
        }
        doubled = true;
        end = q + 2;
      }
      if (end - start - 1 >= minChars) {
        const raw = sql.slice(start + 1, end);
        push(doubled ? raw.replaceAll('""', '"') : raw, start);
      }
      i = end + 1;
    } else if (isWordStart(c)) {
      const start = i++;
      while (i < n && isWordPart(sql.charCodeAt(i))) i++;
      // PostgreSQL folds unquoted names to lower case, ASCII letters only.
      if (i - start >= minChars) push(sql.slice(start, i).replace(/[A-Z]+/g, (s) => s.toLowerCase()), start);
    } else i++;
  }
  return out;
}

function countLines(s: string, upTo: number): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < upTo; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
