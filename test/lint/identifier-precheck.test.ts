import { describe, expect, it } from 'vitest';
import { mayHaveLongIdentifier, scanIdentifiers } from '../../src/lint/parser/identifiers.js';

/** The pre-check's definition, as a plain regex (slow: the word branch retries at every position). */
function byRegex(sql: string, maxBytes: number): boolean {
  return /[^\x00-\x7f]/.test(sql) || new RegExp(`[\\w$]{${maxBytes + 1},}|"(?:[^"]|""){${maxBytes + 1},}`).test(sql);
}

/** A small deterministic generator (no Math.random: a failure must replay). */
function* strings(count: number): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const alphabet = ['a', 'Z', '9', '_', '$', ' ', '"', "'", '(', ',', '-', '\n', 'é', 'x'];
  for (let n = 0; n < count; n++) {
    const len = next() % 40;
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length]!;
    yield s;
  }
}

describe('mayHaveLongIdentifier', () => {
  it('answers exactly as its regex definition, on 5,000 generated strings and three limits', () => {
    let positives = 0;
    for (const s of strings(5000)) {
      for (const max of [2, 4, 8]) {
        const want = byRegex(s, max);
        expect(mayHaveLongIdentifier(s, max), JSON.stringify({ s, max })).toBe(want);
        if (want) positives++;
      }
    }
    expect(positives).toBeGreaterThan(1000); // both answers were exercised
  });

  it('never skips a string in which the scan finds a long identifier', () => {
    let found = 0;
    for (const s of strings(5000)) {
      for (const max of [2, 4, 8]) {
        if (!scanIdentifiers(s, max).length) continue;
        found++;
        expect(mayHaveLongIdentifier(s, max), JSON.stringify({ s, max })).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(500);
    // A doubled quote is one character of the name: 63 characters and "" make 64.
    expect(mayHaveLongIdentifier(`CREATE TABLE "${'x'.repeat(63)}""" (id int)`, 63)).toBe(true);
  });

  it('finds a 64-byte name and passes PostgreSQL-sized ones', () => {
    expect(mayHaveLongIdentifier(`CREATE TABLE "${'t'.repeat(63)}" (id int)`, 63)).toBe(false);
    expect(mayHaveLongIdentifier(`CREATE TABLE ${'t'.repeat(64)} (id int)`, 63)).toBe(true);
    expect(mayHaveLongIdentifier(`CREATE TABLE "${'a b'.repeat(22)}" (id int)`, 63)).toBe(true);
  });
});
