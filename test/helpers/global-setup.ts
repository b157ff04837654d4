import pg from 'pg';

/** Fail fast, with the fix, when the PostgreSQL the integration tests need is not running. */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${url.replace(/:[^:@/]*@/, ':***@')}: ${(err as Error).message}\n` +
        'Start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start',
    );
  } finally {
    await c.end().catch(() => undefined);
  }
}
