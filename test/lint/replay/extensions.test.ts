import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openReplayer, type Replayer } from '../../../src/lint/replay/index.js';

const HISTORY = [
  { name: '20240101000000_ext', sql: 'CREATE EXTENSION IF NOT EXISTS "pg_trgm";\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp";\nCREATE EXTENSION "postgis";\n' },
  {
    name: '20240102000000_tables',
    sql: `CREATE TABLE "Place" ("id" UUID NOT NULL DEFAULT uuid_generate_v4(), "name" TEXT NOT NULL, CONSTRAINT "Place_pkey" PRIMARY KEY ("id"));
CREATE INDEX "Place_name_trgm_idx" ON "Place" USING GIN ("name" gin_trgm_ops);
CREATE TABLE "Shape" ("id" INTEGER PRIMARY KEY, "area" geometry(Polygon, 4326));
CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY);
`,
  },
];

// citext is created only by the migration under review: found by scanning newMigrations.
const NEW = [{ name: '20240201000000_citext', sql: 'CREATE EXTENSION "citext";\nALTER TABLE "Tag" ADD COLUMN "label" CITEXT;' }];

describe('PGlite replay: extensions', () => {
  let r: Replayer;
  const progress: string[] = [];

  beforeAll(async () => {
    r = await openReplayer({ history: HISTORY, newMigrations: NEW, onProgress: (l) => progress.push(l) });
  });
  afterAll(async () => {
    await r?.close();
  });

  test('pg_trgm and uuid-ossp load from PGlite contrib: their functions and operator classes work', async () => {
    const f = await r.facts();
    expect(f.table('Place')!.columns.find((c) => c.name === 'id')!.default).toBe('uuid_generate_v4()');
    expect(f.table('Place')!.indexes.find((i) => i.name === 'Place_name_trgm_idx')).toMatchObject({ method: 'gin', columns: ['name'] });
    expect(progress[0]).toMatch(/starting the embedded PostgreSQL \(PGlite 0\.5\.16\) with pg_trgm, uuid-ossp, citext|with citext, pg_trgm, uuid-ossp/);
  });

  test('an extension PGlite lacks is recorded as unsupported in the history, and the replay goes on', async () => {
    expect(r.skipped.map((s) => [s.migration, s.statement, s.line, s.kind, s.code])).toEqual([
      ['20240101000000_ext', 2, 3, 'unsupported', '0A000'],
      ['20240102000000_tables', 2, 3, 'unsupported', '42704'],
    ]);
    expect(r.skipped[0]!.reason).toContain('cannot create extension "postgis": extension "postgis" is not available');
    expect(r.skipped[0]!.reason).toContain('shadow-database-url');
    expect(r.skipped[1]!.reason).toContain('type "geometry" does not exist, after a statement that could not run here (20240101000000_ext: CREATE EXTENSION "postgis")');
    expect(progress.some((l) => l.startsWith('replay: skipped statement 3 (line 3) of 20240101000000_ext'))).toBe(true);
    expect(progress.at(-1)).toMatch(/replayed 2 migrations .*; 2 statement\(s\) unsupported here, skipped$/);
    // The other statements of those migrations were applied.
    const f = await r.facts();
    expect(f.table('Tag')).toBeDefined();
    expect(f.table('Shape')).toBeUndefined();
  });

  test('in a traced migration, a missing extension is unsupported, never a failure', async () => {
    const t = await r.trace('20240201000000_gis', [
      { sql: 'CREATE EXTENSION IF NOT EXISTS postgis_topology', line: 1 },
      { sql: 'ALTER TABLE "Tag" ADD COLUMN "note" TEXT', line: 2 },
    ]);
    expect(t.ok).toBe(true);
    expect(t.statements[0]!.error).toBeUndefined();
    expect(t.statements[0]!.unsupported).toContain('cannot create extension "postgis_topology"');
    expect(t.statements[0]!.traced).toBe(false);
    expect(t.statements[1]).toMatchObject({ traced: true, locks: [{ table: 'public.Tag', mode: 'AccessExclusiveLock' }] });
    expect(t.after.table('Tag')!.columns.map((c) => c.name)).toEqual(['id', 'note']);
  });

  test('an extension created by a new migration (citext) is loaded because newMigrations were scanned', async () => {
    const t = await r.trace(NEW[0]!.name, [
      { sql: 'CREATE EXTENSION "citext"', line: 1 },
      { sql: 'ALTER TABLE "Tag" ADD COLUMN "label" CITEXT', line: 2 },
    ]);
    expect(t.ok).toBe(true);
    expect(t.statements.map((s) => s.unsupported ?? s.error)).toEqual([undefined, undefined]);
    expect(t.after.table('Tag')!.columns.find((c) => c.name === 'label')!.type).toBe('citext');
  });
});
