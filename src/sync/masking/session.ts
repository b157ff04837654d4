import type pg from 'pg';
import { hmacPads, type KeyedHashMethod } from './keyed-hash.js';

/** Session settings that carry the salt (or its HMAC pads) to the masking expressions. */
export const SECRET_SETTINGS = {
  hmacInner: 'migration_gates.hmac_inner',
  hmacOuter: 'migration_gates.hmac_outer',
  salt: 'migration_gates.masking_salt',
} as const;

/**
 * Prepare the session that masks the copy: literal quoting as the expressions expect, the salt in
 * session-local settings (set through bind parameters, so it is in no statement text a server log
 * could keep), and the counter of values the masking left unchanged: a temp table and a function
 * the masked expressions call only for such a row.
 */
export async function prepareMaskingSession(client: pg.Client, salt: string | undefined, method: KeyedHashMethod): Promise<void> {
  await client.query('SET standard_conforming_strings = on');
  if (salt !== undefined) {
    if (method === 'hmac-sha256') {
      const pads = hmacPads(salt);
      await client.query('SELECT set_config($1, $2, false), set_config($3, $4, false)', [
        SECRET_SETTINGS.hmacInner,
        pads.inner.toString('hex'),
        SECRET_SETTINGS.hmacOuter,
        pads.outer.toString('hex'),
      ]);
    } else {
      await client.query('SELECT set_config($1, $2, false)', [SECRET_SETTINGS.salt, salt]);
    }
  }
  await client.query('CREATE TEMP TABLE IF NOT EXISTS mg_unchanged (k int NOT NULL)');
  await client.query(
    `CREATE OR REPLACE FUNCTION pg_temp.mg_unchanged(k int, v anyelement) RETURNS anyelement
       LANGUAGE sql VOLATILE AS $$ INSERT INTO pg_temp.mg_unchanged VALUES ($1); SELECT $2 $$`,
  );
}

/** How many rows kept their production value, per column index; cleared for the next table. */
export async function takeUnchangedCounts(client: pg.Client): Promise<Map<number, number>> {
  const r = await client.query<{ k: number; n: string }>('SELECT k, count(*)::int8 AS n FROM pg_temp.mg_unchanged GROUP BY k');
  await client.query('TRUNCATE pg_temp.mg_unchanged');
  return new Map(r.rows.map((x) => [x.k, Number(x.n)]));
}
