import type { Gate } from './types.js';

/**
 * The guide's "Use SSL/TLS connections", read from the server (pg_stat_ssl for this session),
 * never guessed from `sslmode` in the URL: `prefer` can silently fall back to plain text.
 */
export const tlsGate: Gate = {
  name: 'tls',
  description: 'the session to the database is encrypted (pg_stat_ssl, read from the server)',
  async evaluate(ctx) {
    const r = await ctx.client.query<{ ssl: boolean; version: string | null; cipher: string | null }>(
      'SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
    );
    const row = r.rows[0];
    if (row?.ssl) return { status: 'pass', reason: `session encrypted (${row.version ?? 'TLS'}${row.cipher ? `, ${row.cipher}` : ''})` };
    return {
      status: 'fail',
      reason: `the session to ${ctx.target.host}:${ctx.target.port} is not encrypted (pg_stat_ssl.ssl = false)`,
      remedy:
        `enable ssl on the server and add sslmode=verify-full (or sslmode=require) to the database URL secret; ` +
        `to accept plain text for this environment, set environments.${ctx.environment.name}.gates.tls: false in .github/migration-gates.yml`,
    };
  },
};
