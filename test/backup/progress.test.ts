import { afterEach, describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/backup/progress.js';
import { findClientTools } from '../../src/postgres/client-tools.js';
import { restoreFromFile, runPgDump, type TransferProgress } from '../../src/postgres/dump.js';
import { parseDatabaseUrl } from '../../src/postgres/url.js';
import { createTestDatabase, type TestDatabase } from '../helpers/pg.js';
import { makeTempDir } from '../helpers/tmp.js';
import path from 'node:path';
import { statSync } from 'node:fs';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('formatProgress', () => {
  it('says done/total, rate and an estimate while running, and the totals at the end', () => {
    const running: TransferProgress = { phase: 'dump', done: false, elapsedSeconds: 10, fileBytes: 5 * 1024 ** 2, copiedBytes: 300 * 1024 ** 2, estimateBytes: 1024 ** 3, rate: 30 * 1024 ** 2, etaSeconds: 24 };
    expect(formatProgress(running)).toBe('dump: 5.0 MB written, 300 MB read of ~1.0 GB (database size), 29%, 30.0 MB/s, ~24 s left');
    expect(formatProgress({ ...running, done: true, etaSeconds: undefined })).toBe('dump: finished in 10 s: 5.0 MB written, 300 MB read of ~1.0 GB (database size), 30.0 MB/s');
    // No COPY progress (PostgreSQL < 14): bytes written and elapsed time.
    expect(formatProgress({ phase: 'dump', done: false, elapsedSeconds: 75, fileBytes: 2048, rate: 27, etaSeconds: undefined })).toBe('dump: 2.0 KB written, 27 B/s, 1 min 15 s elapsed');
    const restore: TransferProgress = { phase: 'restore', done: false, elapsedSeconds: 4, fileBytes: 10 * 1024 ** 2, fileTotalBytes: 40 * 1024 ** 2, tablesDone: 2, tablesTotal: 9, rate: 2.5 * 1024 ** 2, etaSeconds: 12 };
    expect(formatProgress(restore)).toBe('restore: 10.0 MB of 40.0 MB read, 2/9 tables, 2.5 MB/s, ~12 s left');
  });
});

describe('dumpToFile / restoreFromFile progress against the real server', () => {
  let db: TestDatabase;

  it('reports COPY bytes against the database size while dumping, and file position while restoring', async () => {
    db = await createTestDatabase('mgp');
    cleanups.push(() => db.drop());
    await db.query(`CREATE TABLE big AS SELECT g AS id, md5(g::text) || repeat(md5((g * 7)::text), 6) AS payload FROM generate_series(1, 200000) g`);
    const t = makeTempDir('progress');
    cleanups.push(t.cleanup);
    const target = parseDatabaseUrl(db.url);
    const tools = await findClientTools(15);
    const file = path.join(t.dir, 'big.dump');
    const samples: TransferProgress[] = [];
    const r = await runPgDump({ target, file, tools, onProgress: (p) => samples.push(p), progressIntervalMs: 25 });

    expect(r.sizeBytes).toBe(statSync(file).size);
    const final = samples.at(-1)!;
    expect(final.done).toBe(true);
    expect(final.fileBytes).toBe(r.sizeBytes);
    const size = Number((await db.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s);
    expect(final.estimateBytes).toBe(size);
    const mid = samples.filter((s) => !s.done && (s.copiedBytes ?? 0) > 0);
    expect(mid.length, 'a sample taken during the COPY').toBeGreaterThan(0);
    expect(mid.some((s) => s.etaSeconds !== undefined && s.etaSeconds > 0)).toBe(true);
    // Bytes only grow.
    for (let i = 1; i < samples.length; i++) expect(samples[i]!.fileBytes).toBeGreaterThanOrEqual(samples[i - 1]!.fileBytes);

    const into = await createTestDatabase('mgq');
    cleanups.push(() => into.drop());
    const rs: TransferProgress[] = [];
    await restoreFromFile({ target: parseDatabaseUrl(into.url), file, tools, onProgress: (p) => rs.push(p), progressIntervalMs: 25 });
    expect(rs.at(-1)).toMatchObject({ phase: 'restore', done: true, fileBytes: r.sizeBytes, fileTotalBytes: r.sizeBytes, tablesDone: 1, tablesTotal: 1 });
    expect((await into.query('SELECT count(*)::int AS n FROM big')).rows[0].n).toBe(200000);
  });
});
