import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { UserError } from '../../errors.js';
import { connect } from '../../postgres/connect.js';
import { quoteIdent } from '../../postgres/quote.js';
import { describeTarget, parseDatabaseUrl, withDatabase, type DatabaseTarget } from '../../postgres/url.js';
import { redact } from '../../security/redact.js';
import { replayHistory } from './history.js';
import { SessionReplayer } from './replayer.js';
import type { SqlSession } from './session.js';
import type { OpenReplayerOptions, Replayer } from './types.js';
import type { ReplayLimits } from './unsupported.js';

/**
 * Replay in a real PostgreSQL (shadow-database-url): for extensions PGlite lacks (postgis...) or
 * to match production's major version. A scratch database with a unique name is created on that
 * server and dropped (WITH (FORCE)) by close(); the URL's own database is never touched.
 */
export async function openShadowReplayer(opts: OpenReplayerOptions & { shadowDatabaseUrl: string }): Promise<Replayer> {
  const log = opts.onProgress ?? (() => undefined);
  const server = parseDatabaseUrl(opts.shadowDatabaseUrl, 'shadow-database-url');
  const scratch = `migration_gates_replay_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${quoteIdent(scratch)}`).catch((err: unknown) => {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot create a scratch database on the shadow server ${describeTarget(server)}: ${redact((err as Error).message)}`, {
      why: 'the replay needs its own database there (created now, dropped at the end) and the user needs the CREATEDB privilege',
      next: `grant it (ALTER ROLE ${quoteIdent(server.user || 'postgres')} CREATEDB), or omit shadow-database-url to replay in the embedded PostgreSQL`,
      cause: err,
    });
  });
  const target = withDatabase(server, scratch);
  const drop = async (): Promise<void> => {
    await adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(scratch)} WITH (FORCE)`).catch(async () =>
      // PostgreSQL before 13 has no FORCE; our own session is already closed.
      adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(scratch)}`).catch((err: unknown) =>
        log(`replay: could not drop the scratch database ${scratch} on ${describeTarget(server)}: ${redact((err as Error).message)}; drop it by hand`),
      ),
    );
  };
  let client: pg.Client | undefined;
  try {
    client = await connect(target, { applicationName: 'migration-gates replay' });
    const c = client;
    const session: SqlSession = {
      rows: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
      exec: async (script: string) => {
        await c.query(script);
      },
      batch: async (script: string) => {
        // pg answers a multi-statement simple query with one result per statement (one alone is not wrapped).
        const res = (await c.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
        return (Array.isArray(res) ? res : [res]).map((r) => r.rows as Record<string, unknown>[]);
      },
    };
    const serverVersion = (await session.rows<{ server_version: string }>('SHOW server_version'))[0]!.server_version;
    log(`replay: using the scratch database ${scratch} on ${describeTarget(server)} (PostgreSQL ${serverVersion})`);
    const limits: ReplayLimits = { engine: 'postgres', engineLabel: `the shadow server ${describeTarget(server)}`, missingExtensions: new Set() };
    const skipped = await replayHistory(session, opts.history, { limits, createRole: undefined, onProgress: opts.onProgress });
    return new SessionReplayer({
      session,
      engine: 'postgres',
      cache: 'off',
      replayed: opts.history.length,
      skipped,
      serverVersion,
      limits,
      createRole: undefined,
      release: async () => {
        await c.end().catch(() => undefined);
        await drop();
      },
    });
  } catch (err) {
    await client?.end().catch(() => undefined);
    await drop();
    throw err;
  }
}

async function adminQuery(server: DatabaseTarget, sql: string): Promise<void> {
  const c = await connect(server, { applicationName: 'migration-gates replay' });
  try {
    await c.query(sql);
  } finally {
    await c.end().catch(() => undefined);
  }
}
