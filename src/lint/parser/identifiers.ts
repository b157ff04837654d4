/**
 * Identifiers longer than a byte limit, found in raw SQL (the parser has already truncated them
 * in its tree). String literals, dollar-quoted bodies and comments are skipped.
 */
/**
 * Cheap pre-check: without a run of maxBytes+1 identifier characters, maxBytes+1 characters after
 * a double quote with no quote between, or non-ASCII text, nothing can be too long. One linear pass
 * over every statement (the equivalent regex retries its 64-character run at every position).
 */
export function mayHaveLongIdentifier(sql: string, maxBytes: number): boolean {
  let word = 0;
  let sinceQuote = -1; // characters since the last double quote; -1 before the first
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (c > 0x7f) return true;
    if (c === 34) {
      sinceQuote = 0;
      word = 0;
      continue;
    }
    if (sinceQuote >= 0 && ++sinceQuote > maxBytes) return true;
    // [A-Za-z0-9_$]
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36) {
      if (++word > maxBytes) return true;
    } else word = 0;
  }
  return false;
}

export function longIdentifiers(sql: string, maxBytes: number): { name: string; bytes: number; lineOffset: number }[] {
  if (!mayHaveLongIdentifier(sql, maxBytes)) return [];
  const out: { name: string; bytes: number; lineOffset: number }[] = [];
  const n = sql.length;
  let i = 0;
  const push = (name: string, at: number) => {
    const bytes = Buffer.byteLength(name, 'utf8');
    if (bytes > maxBytes) out.push({ name, bytes, lineOffset: countLines(sql, at) });
  };
  while (i < n) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'") {
      // Backslash escapes only in E'...' strings (standard_conforming_strings is on).
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]!) && !/[\w$]/.test(sql[i - 2] ?? '');
      i++;
      while (i < n) {
        if (escapes && sql[i] === '\\') i += 2;
        else if (sql[i] === "'") {
          if (sql[i + 1] !== "'") break;
          i += 2;
        } else i++;
      }
      i++;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i, i + 64))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64))![0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end === -1 ? n : end + tag.length;
    } else if (c === '"') {
      const start = i;
      let name = '';
      i++;
      while (i < n) {
        if (sql[i] === '"') {
          if (sql[i + 1] === '"') {
            name += '"';
            i += 2;
            continue;
          }
          break;
        }
        name += sql[i++];
      }
      i++;
      push(name, start);
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const start = i;
      while (i < n && /[\w$\u0080-\uffff]/.test(sql[i]!)) i++;
      push(sql.slice(start, i).toLowerCase(), start);
    } else i++;
  }
  return out;
}

function countLines(s: string, upTo: number): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < upTo; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
