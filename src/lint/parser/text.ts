/**
 * Positions in migration.sql. The parser reports UTF-8 byte offsets; JavaScript strings index
 * UTF-16 code units. `SourceText` converts between the two and answers 1-based line numbers.
 */
export class SourceText {
  readonly text: string;
  /** Byte offset -> string index; undefined when the text is ASCII (they are equal). */
  private readonly byteToIndex: Uint32Array | undefined;
  /** String index of the start of each line. */
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes === text.length) {
      this.byteToIndex = undefined;
      return;
    }
    const map = new Uint32Array(bytes + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n: number;
      if (c < 0x80) n = 1;
      else if (c < 0x800) n = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        // A surrogate pair is one 4-byte code point; both halves map to its first byte.
        for (let k = 0; k < 4; k++) map[b + k] = i;
        b += 4;
        i++;
        continue;
      } else n = 3;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
    }
    map[bytes] = text.length;
    this.byteToIndex = map;
  }

  /** String index of a UTF-8 byte offset. */
  index(byteOffset: number): number {
    if (!this.byteToIndex) return Math.min(byteOffset, this.text.length);
    return this.byteToIndex[Math.min(byteOffset, this.byteToIndex.length - 1)]!;
  }

  /** 1-based line of a string index. */
  lineOf(index: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of a string index. */
  columnOf(index: number): number {
    return index - this.lineStarts[this.lineOf(index) - 1]! + 1;
  }
}

/** Skip whitespace and comments (`--` and nested `/* *\/`) from `i`; returns the first index of code. */
export function skipTrivia(text: string, i: number, end = text.length): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff) {
      i++;
    } else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? end : nl + 1;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      i = skipBlockComment(text, i, end);
    } else break;
  }
  return Math.min(i, end);
}

// The lexing steps the SQL scanners share (statement splitting, the long-identifier scan).

/** Past the block comment that opens at `i` (they nest in PostgreSQL); `end` when it does not close. */
export function skipBlockComment(text: string, i: number, end = text.length): number {
  let depth = 1;
  i += 2;
  while (i < end && depth) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      depth++;
      i += 2;
    } else if (c === 42 && text.charCodeAt(i + 1) === 47) {
      depth--;
      i += 2;
    } else i++;
  }
  return Math.min(i, end);
}

/** Whether the character before `i` belongs to a word: then a quote or `$` there does not open anything new. */
export function afterWord(text: string, i: number): boolean {
  return i > 0 && /[\w$]/.test(text[i - 1]!);
}

/**
 * Past the '...' string or "..." identifier that opens at `i`: a doubled quote stays inside, and
 * a backslash escapes only in E'...' strings (standard_conforming_strings is on).
 */
export function skipQuoted(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  const escapes = quote === 39 && (text[i - 1] === 'e' || text[i - 1] === 'E') && !afterWord(text, i - 1);
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (escapes && c === 92 /* \ */) i += 2;
    else if (c === quote) {
      if (text.charCodeAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return n;
}

const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/;

/** Past the dollar-quoted body whose tag (`$$`, `$name$`) opens at `i`; -1 when no tag opens there. */
export function skipDollarQuoted(text: string, i: number): number {
  if (afterWord(text, i)) return -1;
  const tag = DOLLAR_TAG.exec(text.slice(i, i + 64))?.[0];
  if (!tag) return -1;
  const close = text.indexOf(tag, i + tag.length);
  return close === -1 ? text.length : close + tag.length;
}

/**
 * Trim trailing whitespace, semicolons and whole trailing `--` comment lines from `[start, end)`.
 * A line that starts with `--` at the end of a statement cannot be inside a literal: the literal's
 * closing quote would have to come after it.
 */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s;]/.test(text[e - 1]!)) e--;
    const lineStart = Math.max(text.lastIndexOf('\n', e - 1) + 1, start);
    if (lineStart === start || !/^[ \t]*--/.test(text.slice(lineStart, e))) return e;
    e = lineStart;
  }
}

/**
 * Split SQL into statements at top-level semicolons, minding quotes, dollar quotes and comments.
 * Used only when the whole file does not parse, to find which statement is broken.
 */
export function splitStatements(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      i = skipTrivia(text, i, n);
      if (i === n) break;
    } else if (c === "'" || c === '"') {
      i = skipQuoted(text, i);
    } else if (c === '$') {
      const past = skipDollarQuoted(text, i);
      i = past === -1 ? i + 1 : past;
    } else if (c === ';') {
      out.push({ start, end: i });
      i++;
      start = i;
    } else i++;
  }
  if (skipTrivia(text, start) < n) out.push({ start, end: n });
  return out;
}
