import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { extensionsOf, scanExtensions, contribModuleName } from '../../../src/lint/replay/extensions.js';
import { strongest } from '../../../src/lint/replay/locks.js';
import { Progress } from '../../../src/lint/replay/progress.js';
import { createdExtension, isNonTransactional, isTransactionControl, leadingWords } from '../../../src/lint/replay/statement-kind.js';
import { newestSnapshotKey, snapshotKey, unpackSnapshot } from '../../../src/lint/replay/snapshot-cache.js';
import { classifyFailure, type ReplayLimits } from '../../../src/lint/replay/unsupported.js';
import { hasContribExtension, loadContribExtension, loadPglite, locatePglite } from '../../../src/lint/replay/pglite-loader.js';
import { makeTempDir } from '../../helpers/tmp.js';

describe('statement kinds', () => {
  test('leading words skip comments and fold case', () => {
    expect(leadingWords('-- c\n/* a /* nested */ b */\n  create   index\tconcurrently "x" on y(z)', 3)).toBe('CREATE INDEX CONCURRENTLY');
  });

  test.each([
    ['CREATE INDEX CONCURRENTLY "a" ON "t"("c")', true],
    ['create unique index concurrently if not exists a on t(c)', true],
    ['DROP INDEX CONCURRENTLY IF EXISTS "a"', true],
    ['REINDEX INDEX CONCURRENTLY "a"', true],
    ['REINDEX (VERBOSE) TABLE CONCURRENTLY "t"', true],
    ['ALTER TABLE "p" DETACH PARTITION "p1" CONCURRENTLY', true],
    ['VACUUM ANALYZE "t"', true],
    ['CREATE INDEX "a" ON "t"("c")', false],
    ['REINDEX INDEX "a"', false],
    // Only leading keywords count: a literal saying CONCURRENTLY is not one.
    ["COMMENT ON TABLE t IS 'CREATE INDEX CONCURRENTLY'", false],
  ])('non-transactional: %s -> %s', (sql, want) => {
    expect(isNonTransactional(sql)).toBe(want);
  });

  test('transaction control and CREATE EXTENSION', () => {
    expect(['BEGIN', 'begin transaction', 'COMMIT', 'END', 'start transaction isolation level serializable'].every(isTransactionControl)).toBe(true);
    expect(isTransactionControl('CREATE TABLE "begin" (id int)')).toBe(false);
    expect(createdExtension('-- x\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public')).toBe('uuid-ossp');
    expect(createdExtension('create extension PG_TRGM')).toBe('pg_trgm');
    expect(createdExtension('CREATE TABLE extension (id int)')).toBeUndefined();
  });
});

describe('extension scan', () => {
  test('finds CREATE EXTENSION anywhere, quoted or not, adds what they require, drops built-ins', () => {
    expect(scanExtensions('CREATE EXTENSION IF NOT EXISTS "pg_trgm";\ncreate extension Citext;\nCREATE EXTENSION "uuid-ossp";')).toEqual(['pg_trgm', 'citext', 'uuid-ossp']);
    expect(extensionsOf(['CREATE EXTENSION earthdistance CASCADE;', 'CREATE EXTENSION plpgsql; CREATE EXTENSION "hstore";'])).toEqual(['cube', 'earthdistance', 'hstore']);
    expect(contribModuleName('uuid-ossp')).toBe('uuid_ossp');
  });

  test('the contrib extensions PGlite 0.5.16 ships are found; postgis is not', async () => {
    const rt = await loadPglite();
    expect(rt.version).toBe('0.5.16');
    expect(rt.vendored).toBe(false); // from source: node_modules
    for (const name of ['pg_trgm', 'pgcrypto', 'uuid-ossp', 'citext', 'hstore', 'btree_gin', 'btree_gist', 'fuzzystrmatch', 'ltree', 'cube', 'earthdistance']) {
      expect([name, hasContribExtension(rt, name)]).toEqual([name, true]);
    }
    expect(hasContribExtension(rt, 'postgis')).toBe(false);
    expect(hasContribExtension(rt, 'vector')).toBe(false);
    const ext = await loadContribExtension(rt, 'uuid-ossp');
    expect(ext!.name).toBe('uuid-ossp');
    expect(await loadContribExtension(rt, 'postgis')).toBeUndefined();
  });

  test('the loader prefers a vendored copy beside the bundle', () => {
    const t = makeTempDir('vendor');
    try {
      mkdirSync(path.join(t.dir, 'dist', 'vendor', 'pglite', 'dist'), { recursive: true });
      mkdirSync(path.join(t.dir, 'dist', 'lint-migration'), { recursive: true });
      writeFileSync(path.join(t.dir, 'dist', 'vendor', 'pglite', 'dist', 'index.js'), '');
      const from = `file://${path.join(t.dir, 'dist', 'lint-migration', 'index.js')}`;
      expect(locatePglite(from)).toEqual({ dir: path.join(t.dir, 'dist', 'vendor', 'pglite', 'dist'), vendored: true });
    } finally {
      t.cleanup();
    }
  });
});

describe('failure classification', () => {
  const limits = (): ReplayLimits => ({ engine: 'pglite', engineLabel: 'PGlite', missingExtensions: new Set() });

  test('a missing extension is unsupported; so are "does not exist" errors after something was skipped', () => {
    const l = limits();
    expect(classifyFailure({ message: 'relation "geo" does not exist', code: '42P01' }, 'SELECT 1 FROM geo', l)).toEqual({ kind: 'error' });
    const v = classifyFailure({ message: 'extension "postgis" is not available', code: '0A000' }, 'CREATE EXTENSION postgis', l);
    expect(v).toEqual({ kind: 'unsupported', reason: 'PGlite cannot create extension "postgis": extension "postgis" is not available; pass shadow-database-url (a PostgreSQL server that has it) to replay it for real' });
    expect([...l.missingExtensions]).toEqual(['postgis']);
    l.upstream = 'CREATE EXTENSION postgis';
    expect(classifyFailure({ message: 'type "geometry" does not exist', code: '42704' }, 'CREATE TABLE g (x geometry)', l)).toEqual({
      kind: 'unsupported',
      reason: 'type "geometry" does not exist, after a statement that could not run here (CREATE EXTENSION postgis)',
    });
    // Genuine errors stay errors, even then.
    expect(classifyFailure({ message: 'column "a" contains null values', code: '23502' }, 'ALTER TABLE t ALTER a SET NOT NULL', l)).toEqual({ kind: 'error' });
  });

  test('roles: created in PGlite, unsupported on a shadow server; environment statements are unsupported', () => {
    expect(classifyFailure({ message: 'role "app" does not exist', code: '42704' }, 'GRANT SELECT ON t TO app', limits())).toEqual({ kind: 'missing-role', role: 'app' });
    const shadow: ReplayLimits = { engine: 'postgres', engineLabel: 'the shadow server h:5432/db', missingExtensions: new Set() };
    expect(classifyFailure({ message: 'role "app" does not exist', code: '42704' }, 'GRANT SELECT ON t TO app', shadow).kind).toBe('unsupported');
    expect(classifyFailure({ message: 'directory "/data/ts" does not exist', code: '58P01' }, "CREATE TABLESPACE ts LOCATION '/data/ts'", limits())).toEqual({
      kind: 'unsupported',
      reason: 'PGlite cannot run this statement here: directory "/data/ts" does not exist',
    });
  });
});

describe('progress and locks', () => {
  test('a line with done/total, rate and an estimate, and a final line with totals', () => {
    const lines: string[] = [];
    const p = new Progress('replay', 4, 'migrations', (l) => lines.push(l), 0);
    p.tick(1);
    p.tick(2);
    p.finish(4, 'replayed', '1 statement(s) unsupported here, skipped');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^replay: 1\/4 migrations \([\d.]+\/s\), about [\d.]+ s left$/);
    expect(lines[2]).toMatch(/^replay: replayed 4 migrations in [\d.]+ s \([\d.]+\/s\); 1 statement\(s\) unsupported here, skipped$/);
  });

  test('strongest lock mode', () => {
    expect(strongest(['RowExclusiveLock', 'AccessExclusiveLock', 'ShareLock'])).toBe('AccessExclusiveLock');
    expect(strongest(['AccessShareLock', 'ShareUpdateExclusiveLock'])).toBe('ShareUpdateExclusiveLock');
    expect(strongest([])).toBeUndefined();
  });
});

describe('snapshot files', () => {
  const temps: (() => void)[] = [];
  afterEach(() => temps.splice(0).forEach((c) => c()));

  test('the key covers names, checksums, extensions and the PGlite version', () => {
    const base = snapshotKey('0.5.16', ['pg_trgm'], [['a', '1'], ['b', '2']]);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshotKey('0.5.16', ['pg_trgm'], [['a', '1'], ['b', '2']])).toBe(base);
    expect(snapshotKey('0.5.16', ['pg_trgm'], [['a', '1'], ['b', '3']])).not.toBe(base);
    expect(snapshotKey('0.5.16', ['pg_trgm'], [['a', '1'], ['c', '2']])).not.toBe(base);
    expect(snapshotKey('0.5.16', [], [['a', '1'], ['b', '2']])).not.toBe(base);
    expect(snapshotKey('0.6.0', ['pg_trgm'], [['a', '1'], ['b', '2']])).not.toBe(base);
  });

  test('an archive is checked before PGlite sees it', () => {
    expect(() => unpackSnapshot(Buffer.from([0x1f, 0x8b, 1, 2, 3]))).toThrow(/^not a gzip archive: /);
    expect(() => unpackSnapshot(Buffer.from('nope'))).toThrow('no PG_VERSION in the archive: not a PostgreSQL data directory');
    expect(() => unpackSnapshot(gzipSync(Buffer.alloc(1024)))).toThrow('no PG_VERSION in the archive: not a PostgreSQL data directory');
    const header = Buffer.alloc(512);
    header.write('PG_VERSION', 0);
    header.write('0000644\0', 100);
    header.write('00000000003\0', 124);
    header.write('        ', 148);
    header.write('0', 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const ok = Buffer.concat([header, Buffer.from('18\n'), Buffer.alloc(509), Buffer.alloc(1024)]);
    expect(unpackSnapshot(gzipSync(ok)).length).toBe(ok.length);
    expect(unpackSnapshot(ok).equals(ok)).toBe(true); // a plain tar is used as it is
    // PGlite pads its dumps with zeros: only the end-of-archive blocks are kept.
    expect(unpackSnapshot(Buffer.concat([ok, Buffer.alloc(64 * 1024)])).length).toBe(ok.length);
    const bad = Buffer.from(ok);
    bad[0] = 'Q'.charCodeAt(0);
    expect(() => unpackSnapshot(gzipSync(bad))).toThrow('tar header 1 has a bad checksum');
    expect(() => unpackSnapshot(gzipSync(ok.subarray(0, 514)))).toThrow('tar entry PG_VERSION is truncated');
  });

  test('the newest snapshot key is what the Actions cache saves', async () => {
    const t = makeTempDir('keys');
    temps.push(t.cleanup);
    expect(newestSnapshotKey(t.dir)).toBeUndefined();
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    writeFileSync(path.join(t.dir, `replay-${a}.json`), '{}');
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(path.join(t.dir, `replay-${b}.json`), '{}');
    expect(newestSnapshotKey(t.dir)).toBe(b);
    expect(readdirSync(t.dir)).toHaveLength(2);
  });
});
