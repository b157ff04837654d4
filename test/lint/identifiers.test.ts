import { describe, expect, it } from 'vitest';
import { longIdentifiers } from '../../src/lint/parser/identifiers.js';

const long = 'x'.repeat(64);
const names = (sql: string) => longIdentifiers(sql, 63).map((i) => `${i.name}:${i.bytes}:${i.lineOffset}`);

describe('longIdentifiers', () => {
  it('finds quoted and unquoted names over 63 bytes, folding unquoted ASCII to lower case', () => {
    expect(names(`CREATE TABLE "${long}" (id int);`)).toEqual([`${long}:64:0`]);
    expect(names(`CREATE TABLE T${long.toUpperCase()} (id int);`)).toEqual([`t${long}:65:0`]);
    expect(names(`CREATE TABLE "${'x'.repeat(63)}" (id int);`)).toEqual([]);
  });

  it('counts UTF-8 bytes, and a doubled quote as one character', () => {
    expect(names(`CREATE TABLE "${'é'.repeat(32)}" (id int);`)).toEqual([`${'é'.repeat(32)}:64:0`]);
    expect(names(`CREATE TABLE "${'x'.repeat(62)}""" (id int);`)).toEqual([]);
    expect(names(`CREATE TABLE "${'x'.repeat(63)}""" (id int);`)).toEqual([`${'x'.repeat(63)}":64:0`]);
  });

  it('skips comments (nested), string literals (E-strings with escapes) and dollar-quoted bodies', () => {
    const sql = [
      `-- ${long}`,
      `/* outer /* inner */ ${long} */`,
      `SELECT '${long}', E'it\\'s ${long}', $fn1$ ${long} $fn1$, $$ "${long}" $$;`,
      `CREATE TABLE "${long}" (id int);`,
    ].join('\n');
    expect(names(sql)).toEqual([`${long}:64:3`]);
  });

  it('reads the line of each finding, and an unterminated quote to the end', () => {
    expect(names(`CREATE TABLE a (\n  id int,\n  ${long} int\n);`)).toEqual([`${long}:64:2`]);
    expect(names(`SELECT 1;\n"${long}`)).toEqual([`${long}:64:1`]);
  });
});
