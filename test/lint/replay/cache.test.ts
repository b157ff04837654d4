import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openReplayer, type SchemaFacts } from '../../../src/lint/replay/index.js';
import { run } from '../../../src/process/run.js';
import { makeTempDir } from '../../helpers/tmp.js';

const HISTORY = [
  { name: '20240101000000_init', sql: 'CREATE TYPE "Role" AS ENUM (\'USER\', \'ADMIN\');\nCREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "role" "Role" NOT NULL DEFAULT \'USER\');\n' },
  { name: '20240102000000_gis', sql: 'CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "User"("id"));\nCREATE INDEX "Post_userId_idx" ON "Post"("userId");\n' },
];
const NEXT = { name: '20240103000000_more', sql: 'ALTER TABLE "Post" ADD COLUMN "title" TEXT;\n' };

function plain(f: SchemaFacts): unknown {
  return { tables: [...f.tables.entries()], enums: [...f.enums.entries()] };
}

function snapshots(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('replay-')).sort();
}

describe('PGlite replay: data-directory snapshots', () => {
  const temps: (() => void)[] = [];
  afterEach(() => {
    for (const c of temps.splice(0)) c();
  });
  const cacheDir = (): string => {
    const t = makeTempDir('replay-cache');
    temps.push(t.cleanup);
    return path.join(t.dir, 'cache');
  };

  test('a miss replays and saves a snapshot; the next run restores it instead of replaying', async () => {
    const dir = cacheDir();
    const log1: string[] = [];
    const first = await openReplayer({ history: HISTORY, cacheDir: dir, onProgress: (l) => log1.push(l) });
    const facts1 = plain(await first.facts());
    const skipped1 = first.skipped;
    expect([first.cache, first.replayed]).toEqual(['miss', 2]);
    await first.close();
    expect(log1.some((l) => /^replay cache: no snapshot for this history/.test(l))).toBe(true);
    expect(log1.some((l) => /^replay cache: saved snapshot [0-9a-f]{12} \([\d.]+ MiB\)/.test(l))).toBe(true);
    const files = snapshots(dir);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^replay-[0-9a-f]{64}\.json$/);
    expect(files[1]).toMatch(/^replay-[0-9a-f]{64}\.tar$/);
    const meta = JSON.parse(readFileSync(path.join(dir, files[0]!), 'utf8'));
    expect(meta.migrations.map((m: [string, string]) => m[0])).toEqual(HISTORY.map((m) => m.name));
    expect(meta.migrations[0][1]).toBe(createHash('sha256').update(HISTORY[0]!.sql).digest('hex'));

    const log2: string[] = [];
    const second = await openReplayer({ history: HISTORY, cacheDir: dir, onProgress: (l) => log2.push(l) });
    try {
      expect([second.cache, second.replayed]).toEqual(['hit', 0]);
      expect(log2[0]).toMatch(/^replay cache: restored a snapshot of 2\/2 migrations/);
      expect(log2.some((l) => l.startsWith('replay:'))).toBe(false);
      expect(plain(await second.facts())).toEqual(facts1);
      // What the history skipped is known on a hit too.
      expect(second.skipped).toEqual(skipped1);
      expect(second.skipped.map((s) => s.sql)).toEqual(['CREATE EXTENSION IF NOT EXISTS postgis']);
      const t = await second.trace('20240201000000_idx', [{ sql: 'CREATE INDEX "User_role_idx" ON "User"("role")', line: 1 }]);
      expect(t.statements[0]!.locks).toEqual([{ table: 'public.User', mode: 'ShareLock' }]);
    } finally {
      await second.close();
    }
    // A hit writes nothing new.
    expect(snapshots(dir)).toEqual(files);
  });

  test('a snapshot of an older history is reused as a prefix: only the newer migrations replay', async () => {
    const dir = cacheDir();
    await (await openReplayer({ history: HISTORY, cacheDir: dir })).close();
    const log: string[] = [];
    const r = await openReplayer({ history: [...HISTORY, NEXT], cacheDir: dir, onProgress: (l) => log.push(l) });
    try {
      expect([r.cache, r.replayed]).toEqual(['hit', 1]);
      expect(log[0]).toMatch(/^replay cache: restored a snapshot of 2\/3 migrations/);
      expect(log.some((l) => /^replay \(after 2 restored\): replayed 1 migrations/.test(l))).toBe(true);
      expect((await r.facts()).table('Post')!.columns.map((c) => c.name)).toEqual(['id', 'userId', 'title']);
    } finally {
      await r.close();
    }
    expect(snapshots(dir)).toHaveLength(4);
    // An edited old migration matches no snapshot: a full replay.
    const edited = [{ ...HISTORY[0]!, sql: `${HISTORY[0]!.sql}-- edited\n` }, HISTORY[1]!];
    const again = await openReplayer({ history: edited, cacheDir: dir });
    expect([again.cache, again.replayed]).toEqual(['miss', 2]);
    await again.close();
  });

  test('a corrupt snapshot is a miss with a log line, never a crash', async () => {
    const dir = cacheDir();
    await (await openReplayer({ history: HISTORY, cacheDir: dir })).close();
    const tarFile = path.join(dir, snapshots(dir).find((f) => f.endsWith('.tar'))!);
    const data = readFileSync(tarFile);
    const mid = Math.floor(data.length / 2);
    data[mid] = data[mid]! ^ 0xff;
    writeFileSync(tarFile, data);
    const log: string[] = [];
    const r = await openReplayer({ history: HISTORY, cacheDir: dir, onProgress: (l) => log.push(l) });
    try {
      expect([r.cache, r.replayed]).toEqual(['miss', 2]);
      expect(log[0]).toMatch(/^replay cache: snapshot [0-9a-f]{12} is corrupt \(checksum mismatch\); treated as a miss and removed$/);
      expect((await r.facts()).table('Post')).toBeDefined();
    } finally {
      await r.close();
    }
    // Replaced by a good one.
    const good = path.join(dir, snapshots(dir).find((f) => f.endsWith('.tar'))!);
    const meta = JSON.parse(readFileSync(good.replace(/\.tar$/, '.json'), 'utf8'));
    expect(createHash('sha1').update(readFileSync(good)).digest('hex')).toBe(meta.sha1);
  });

  test('garbage that passes the checksum, a data directory PGlite cannot open, unreadable metadata: all misses', async () => {
    const dir = cacheDir();
    await (await openReplayer({ history: HISTORY, cacheDir: dir })).close();
    const [json, tarFile] = snapshots(dir).map((f) => path.join(dir, f));
    const meta = JSON.parse(readFileSync(json!, 'utf8'));
    const forge = (data: Buffer): void => {
      writeFileSync(tarFile!, data);
      writeFileSync(json!, JSON.stringify({ ...meta, sha1: createHash('sha1').update(data).digest('hex'), bytes: data.length }));
    };
    writeFileSync(path.join(dir, `replay-${'0'.repeat(64)}.json`), '{ not json');
    forge(Buffer.from('this is not a tar of a PostgreSQL data directory'.repeat(100)));
    const log: string[] = [];
    const r = await openReplayer({ history: HISTORY, cacheDir: dir, onProgress: (l) => log.push(l) });
    try {
      expect([r.cache, r.replayed]).toEqual(['miss', 2]);
      expect(log.some((l) => l.startsWith(`replay cache: ignoring replay-${'0'.repeat(64)}.json: unreadable metadata`))).toBe(true);
      expect(log.some((l) => /^replay cache: snapshot [0-9a-f]{12} is corrupt \(tar header 1 has a bad checksum\); treated as a miss and removed$/.test(l))).toBe(true);
      expect((await r.facts()).enums.get('public.Role')).toEqual(['USER', 'ADMIN']);
    } finally {
      await r.close();
    }

    // A well-formed archive holding only PG_VERSION: it unpacks, but PostgreSQL cannot start on it.
    const fake = makeTempDir('fake-pgdata');
    temps.push(fake.cleanup);
    writeFileSync(path.join(fake.dir, 'PG_VERSION'), '18\n');
    const made = await run('tar', ['czf', path.join(fake.dir, 'fake.tgz'), '-C', fake.dir, 'PG_VERSION']);
    expect(made.code).toBe(0);
    const [json2, tar2] = snapshots(dir).map((f) => path.join(dir, f));
    const meta2 = JSON.parse(readFileSync(json2!, 'utf8'));
    const data = readFileSync(path.join(fake.dir, 'fake.tgz'));
    writeFileSync(tar2!, data);
    writeFileSync(json2!, JSON.stringify({ ...meta2, sha1: createHash('sha1').update(data).digest('hex'), bytes: data.length }));
    const log2: string[] = [];
    const r2 = await openReplayer({ history: HISTORY, cacheDir: dir, onProgress: (l) => log2.push(l) });
    try {
      expect([r2.cache, r2.replayed]).toEqual(['miss', 2]);
      expect(log2.some((l) => /^replay cache: snapshot [0-9a-f]{12} could not be opened \(.+\); treated as a miss$/.test(l))).toBe(true);
      expect((await r2.facts()).table('Post')).toBeDefined();
    } finally {
      await r2.close();
    }
  });
});
