import type pg from 'pg';
import { connect } from '../postgres/connect.js';
import type { DatabaseTarget } from '../postgres/url.js';

/**
 * The production side, read-only twice over: a session with default_transaction_read_only and a
 * REPEATABLE READ READ ONLY transaction whose snapshot is exported. pg_dump imports that snapshot
 * (`--snapshot`), so the catalog read up front, the exact row counts and both dumps all see the
 * same instant of production: counts compare exactly even while production keeps writing.
 */
export class SourceSession {
  private closed = false;

  private constructor(
    readonly client: pg.Client,
    readonly snapshot: string,
  ) {}

  static async open(target: DatabaseTarget): Promise<SourceSession> {
    const client = await connect(target, { readOnly: true, applicationName: 'migration-gates sync (read-only source)' });
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const r = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      return new SourceSession(client, r.rows[0]!.id);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
  }

  /** End the snapshot transaction and the session (the snapshot holds back VACUUM on production). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.query('ROLLBACK').catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }
}
