import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFactory, loadFactory, locateParser } from '../../src/lint/parser/load.js';
import { parseWith } from '../../src/lint/parser/wasm.js';

const factoryFile = () => path.join(locateParser().dir, 'libpg-query.js');

describe('loading the WASM parser', () => {
  it('requires the CommonJS factory (no ESM export scan), and the module parses', async () => {
    const m = await loadFactory(factoryFile())();
    const r = parseWith(m, 'SELECT 1; CREATE TABLE "é" (id int)');
    expect(r.ok && r.stmts.map((s) => Object.keys(s.stmt)[0])).toEqual(['SelectStmt', 'CreateStmt']);
  });

  it('falls back to import() where Node has no process.getBuiltinModule (before 20.16)', async () => {
    const m = await (await importFactory(factoryFile()))();
    const r = parseWith(m, 'SELEC 1');
    expect(r).toEqual({ ok: false, message: 'syntax error at or near "SELEC"', cursor: 0 });
  });
});
