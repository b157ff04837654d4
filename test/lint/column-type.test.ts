import { describe, expect, it } from 'vitest';
import { classifyTypeChange, formatType, parseTypeString, sameType } from '../../src/lint/schema/column-type.js';
import { factsOf } from './helpers.js';

describe('column types', () => {
  it('formats types from SQL the way format_type() prints them', async () => {
    const facts = await factsOf([
      'CREATE TABLE "T" ("a" VARCHAR(255), "b" TIMESTAMP(3), "c" DECIMAL(65,30), "d" DOUBLE PRECISION, "e" "Role"[], "f" SERIAL, "g" TEXT[], "h" timestamptz, "i" CHAR(3), "j" BOOLEAN, "k" auth."Kind", "l" INT8, "m" TIME(2) WITH TIME ZONE)',
    ]);
    const types = Object.fromEntries(facts.table('T')!.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      a: 'character varying(255)',
      b: 'timestamp(3) without time zone',
      c: 'numeric(65,30)',
      d: 'double precision',
      e: '"Role"[]',
      f: 'integer',
      g: 'text[]',
      h: 'timestamp with time zone',
      i: 'character(3)',
      j: 'boolean',
      k: 'auth."Kind"',
      l: 'bigint',
      m: 'time(2) with time zone',
    });
    for (const t of Object.values(types)) expect(formatType(parseTypeString(t))).toBe(t);
  });

  it('compares SQL-derived and catalog-derived spellings', () => {
    expect(sameType('"Role"', 'public."Role"')).toBe(true);
    expect(sameType('integer', 'bigint')).toBe(false);
    expect(sameType('character varying(10)', 'character varying(20)')).toBe(false);
  });

  it.each([
    ['character varying(10)', 'character varying(20)', 'binary-coercible'],
    ['character varying(10)', 'text', 'binary-coercible'],
    ['text', 'character varying', 'binary-coercible'],
    ['character varying(20)', 'character varying(10)', 'narrowing'],
    ['text', 'character varying(50)', 'narrowing'],
    ['numeric(10,2)', 'numeric(12,2)', 'binary-coercible'],
    ['numeric(10,2)', 'numeric(10,4)', 'narrowing'],
    ['numeric(10,2)', 'numeric(14,4)', 'rewrite'],
    ['numeric(10,2)', 'numeric', 'binary-coercible'],
    ['integer', 'bigint', 'rewrite'],
    ['bigint', 'integer', 'narrowing'],
    ['double precision', 'real', 'narrowing'],
    ['numeric(10,2)', 'integer', 'narrowing'],
    ['timestamp(3) without time zone', 'timestamp(6) without time zone', 'binary-coercible'],
    ['timestamp(6) without time zone', 'timestamp(3) without time zone', 'narrowing'],
    ['timestamp(3) without time zone', 'timestamp(3) with time zone', 'rewrite'],
    ['text', 'jsonb', 'rewrite'],
    ['"Role_old"', '"Role"', 'rewrite'],
    ['integer', 'integer', 'same'],
    ['cidr', 'inet', 'binary-coercible'],
    ['integer[]', 'bigint', 'rewrite'],
  ])('%s -> %s is %s', (from, to, want) => {
    expect(classifyTypeChange(parseTypeString(from), parseTypeString(to))).toBe(want);
  });

  it('an unknown current type is unknown', () => {
    expect(classifyTypeChange(undefined, parseTypeString('text'))).toBe('unknown');
  });
});
