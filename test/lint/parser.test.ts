import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateParser } from '../../src/lint/parser/load.js';
import { parseMigrationSql } from '../../src/lint/parser/split.js';
import { SourceText, splitStatements } from '../../src/lint/parser/text.js';
import { REPO_ROOT } from '../helpers/tmp.js';

describe('parseMigrationSql', () => {
  it('splits a migration into statements with 1-based start lines, without leading comments or semicolons', async () => {
    const sql = '-- CreateTable\nCREATE TABLE "A" (\n  "id" INTEGER\n);\n\n/* a block\n comment */ CREATE INDEX "A_id_idx" ON "A"("id");\nALTER TABLE "A" ADD COLUMN "b" TEXT';
    const p = await parseMigrationSql(sql);
    expect(p.hasSyntaxError).toBe(false);
    expect(p.statements.map((s) => [s.kind, s.line, s.endLine])).toEqual([
      ['CreateStmt', 2, 4],
      ['IndexStmt', 7, 7],
      ['AlterTableStmt', 8, 8],
    ]);
    expect(p.statements[0]!.sql).toBe('CREATE TABLE "A" (\n  "id" INTEGER\n)');
    expect(p.statements[1]!.column).toBe(13);
    expect(p.statements[2]!.sql).toBe('ALTER TABLE "A" ADD COLUMN "b" TEXT');
  });

  it('maps byte offsets to the right lines and text with non-ASCII SQL', async () => {
    const sql = "-- Ajoute la colonne « prénom » 🎉\nALTER TABLE \"Usager\" ADD COLUMN \"prénom\" TEXT DEFAULT 'Zoë 🎉';\n-- ünïcødé\nCREATE INDEX \"idx_é\" ON \"Usager\"(\"prénom\");\n";
    const p = await parseMigrationSql(sql);
    expect(p.statements.map((s) => s.line)).toEqual([2, 4]);
    expect(p.statements[0]!.sql).toBe("ALTER TABLE \"Usager\" ADD COLUMN \"prénom\" TEXT DEFAULT 'Zoë 🎉'");
    expect(p.statements[1]!.sql).toBe('CREATE INDEX "idx_é" ON "Usager"("prénom")');
  });

  it('keeps semicolons inside literals, quoted names and dollar-quoted bodies', async () => {
    const sql = `INSERT INTO "T" VALUES ('a;b');\nCREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := ';'; RETURN NEW; END; $body$ LANGUAGE plpgsql;\nCREATE TABLE "x;y" (id int);`;
    const p = await parseMigrationSql(sql);
    expect(p.statements.map((s) => s.kind)).toEqual(['InsertStmt', 'CreateFunctionStmt', 'CreateStmt']);
    expect(p.statements.map((s) => s.line)).toEqual([1, 2, 3]);
  });

  it('reports the broken statement with the line of the error, and still parses the others', async () => {
    const sql = 'ALTER TABLE "A" ADD COLUMN "b" TEXT;\n\nALTER TABLE "A"\n  ADD COLUM "c" TEXT;\nCREATE INDEX "i" ON "A"("b");\nSELECT \'é\' FRM x;';
    const p = await parseMigrationSql(sql);
    expect(p.hasSyntaxError).toBe(true);
    expect(p.statements.map((s) => [s.line, s.kind ?? 'broken'])).toEqual([
      [1, 'AlterTableStmt'],
      [3, 'broken'],
      [5, 'IndexStmt'],
      [6, 'broken'],
    ]);
    expect(p.statements[1]!.syntaxError).toMatchObject({ line: 4, message: expect.stringContaining('syntax error at or near "TEXT"') });
    expect(p.statements[3]!.syntaxError).toMatchObject({ line: 6, column: 16, message: expect.stringContaining('"x"') });
    // PostgreSQL counts the error position in characters; an emoji is two UTF-16 units.
    const q = await parseMigrationSql("SELECT 1;\nSELECT '🎉é' FRM x;");
    expect(q.statements[1]!.syntaxError).toMatchObject({ line: 2, column: 18 });
  });

  it('handles empty files, comment-only files, a BOM and CRLF line endings', async () => {
    expect((await parseMigrationSql('')).statements).toEqual([]);
    expect((await parseMigrationSql('-- This is an empty migration.\n')).statements).toEqual([]);
    const p = await parseMigrationSql('\uFEFF-- x\r\nALTER TABLE "A" ADD COLUMN "b" TEXT;\r\nDROP TABLE "B";\r\n');
    expect(p.statements.map((s) => [s.line, s.sql])).toEqual([
      [2, 'ALTER TABLE "A" ADD COLUMN "b" TEXT'],
      [3, 'DROP TABLE "B"'],
    ]);
  });

  it('loads the parser from node_modules when no vendored copy sits beside the code', () => {
    const from = path.join(REPO_ROOT, 'src', 'lint', 'parser', 'load.ts');
    expect(locateParser(from)).toEqual({ dir: path.join(REPO_ROOT, 'node_modules', 'libpg-query', 'wasm'), vendored: false });
    // A bundle at dist/<name>/index.js finds dist/vendor/libpg-query/wasm (the e2e test runs that for real).
    const bundle = path.join(REPO_ROOT, 'dist', 'lint-migration', 'index.js');
    expect(locateParser(bundle).dir).toMatch(/libpg-query[/\\]wasm$/);
  });
});

describe('text helpers', () => {
  it('SourceText converts UTF-8 byte offsets to string indices and lines', () => {
    const s = new SourceText('aé\n🎉b\nc');
    expect(s.index(0)).toBe(0);
    expect(s.index(3)).toBe(2); // after 'a' (1 byte) + 'é' (2 bytes)
    expect(s.index(8)).toBe(5); // after the emoji (4 bytes, 2 UTF-16 units)
    expect(s.lineOf(s.index(8))).toBe(2);
    expect(s.lineOf(s.index(10))).toBe(3);
  });

  it('splitStatements minds E-strings, doubled quotes and nested comments', () => {
    const text = "SELECT E'a\\';b'; SELECT 'it''s;'; /* x /* ; */ ; */ SELECT 1";
    expect(splitStatements(text).map((p) => text.slice(p.start, p.end).trim())).toEqual(["SELECT E'a\\';b'", "SELECT 'it''s;'", '/* x /* ; */ ; */ SELECT 1']);
  });
});
