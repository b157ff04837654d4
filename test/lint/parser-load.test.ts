import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importFactory, instantiateParser, loadFactory, locateParser } from '../../src/lint/parser/load.js';
import { parseWith } from '../../src/lint/parser/wasm.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/tmp.js';

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

  it('hands Emscripten a module compiled off the main thread, and the instance parses', async () => {
    const m = await instantiateParser(locateParser().dir);
    const r = parseWith(m, 'CREATE INDEX i ON t (a)');
    expect(r.ok && r.stmts.map((s) => Object.keys(s.stmt)[0])).toEqual(['IndexStmt']);
  });

  it('rejects, instead of waiting forever, when the binary is missing or corrupt', async () => {
    const { dir, cleanup } = makeTempDir('parser');
    onTestFinished(cleanup);
    copyFileSync(factoryFile(), path.join(dir, 'libpg-query.js'));
    writeFileSync(path.join(dir, 'package.json'), '{}'); // CommonJS, as in libpg-query's package
    await expect(instantiateParser(dir)).rejects.toThrow(/libpg-query\.wasm cannot be loaded: ENOENT/);
    writeFileSync(path.join(dir, 'libpg-query.wasm'), Buffer.from('\0asm not really'));
    const err = await instantiateParser(dir).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).cause).toBeInstanceOf(WebAssembly.CompileError);
    expect((err as UserError).describe()).toMatch(/npm ci/);
  });
});
