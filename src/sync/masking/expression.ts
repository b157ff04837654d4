import type { MaskStrategy } from '../../config/types.js';
import { quoteIdent, quoteLiteral } from '../../postgres/quote.js';
import type { CatalogColumn } from '../catalog.js';
import { SECRET_SETTINGS } from './session.js';
import type { KeyedHashMethod } from './keyed-hash.js';

export interface ExpressionContext {
  /** Quoted primary-key column, for `<id>`. */
  idColumn: string | undefined;
  keyedHash: KeyedHashMethod;
  /** Schema where pgcrypto lives, for `pgcrypto-hmac`. */
  pgcryptoSchema?: string;
  /** gen_random_uuid() is built in from PostgreSQL 13. */
  serverMajor: number;
}

/**
 * The SQL expression that replaces one column's value, or undefined for `keep`. NULL stays NULL
 * (a missing value reveals nothing, and nullable semantics survive). Hash outputs are cut to a
 * varchar(n)/char(n) column's length. Config values (prefixes, constants) are quoted literals:
 * ALTER TABLE takes no bind parameters. The salt never appears in SQL text: it is read from a
 * session setting (see session.ts).
 */
export function maskExpression(column: CatalogColumn, s: MaskStrategy, ctx: ExpressionContext): string | undefined {
  const col = quoteIdent(column.name);
  const id = ctx.idColumn ? `${ctx.idColumn}::text` : undefined;
  const fit = (e: string) => (column.maxLength ? `left(${e}, ${column.maxLength})` : e);
  switch (s.kind) {
    case 'keep':
      return undefined;
    case 'null':
      return 'NULL';
    case 'email':
      return `'user_' || ${id!} || '@test.example.com'`;
    case 'name':
      return `'Test User ' || ${id!}`;
    case 'prefix':
      return `${quoteLiteral(s.value)} || ${id!}`;
    case 'constant':
      return `CAST(${quoteLiteral(s.value)} AS ${column.type})`;
    case 'random-hash': {
      // Strong randomness where the server has it; random() with the clock otherwise.
      const src = ctx.serverMajor >= 13 ? 'gen_random_uuid()::text' : `random()::text || clock_timestamp()::text`;
      return fit(`md5(${src})`);
    }
    case 'keyed-hash': {
      const value = `convert_to(${col}::text, 'UTF8')`;
      const setting = (name: string) => `current_setting(${quoteLiteral(name)})`;
      if (ctx.keyedHash === 'hmac-sha256') {
        const inner = `decode(${setting(SECRET_SETTINGS.hmacInner)}, 'hex')`;
        const outer = `decode(${setting(SECRET_SETTINGS.hmacOuter)}, 'hex')`;
        return fit(`encode(sha256(${outer} || sha256(${inner} || ${value})), 'hex')`);
      }
      const salt = setting(SECRET_SETTINGS.salt);
      if (ctx.keyedHash === 'pgcrypto-hmac') {
        const fn = ctx.pgcryptoSchema ? `${quoteIdent(ctx.pgcryptoSchema)}.hmac` : 'hmac';
        return fit(`encode(${fn}(${value}, convert_to(${salt}, 'UTF8'), 'sha256'), 'hex')`);
      }
      return fit(`md5(${salt} || md5(${salt} || ${col}::text))`);
    }
  }
}

/**
 * The value to write, with the per-row proof built in: when the masked value equals the row's
 * original (its production value), pg_temp.mg_unchanged() counts it under `index` and the value
 * is still written, so the check costs one comparison per row and the masked expression is
 * evaluated once (NULLIF/COALESCE). NULL stays NULL.
 */
export function checkedExpression(column: CatalogColumn, s: MaskStrategy, ctx: ExpressionContext, index: number): string | undefined {
  const e = maskExpression(column, s, ctx);
  if (e === undefined) return undefined;
  const col = quoteIdent(column.name);
  if (s.kind === 'null') return 'NULL';
  if (s.kind === 'constant') return `CASE WHEN ${col} IS NULL THEN NULL ELSE ${e} END`;
  return `CASE WHEN ${col} IS NULL THEN NULL ELSE COALESCE(NULLIF(${e}, ${col}::text), pg_temp.mg_unchanged(${index}, ${e})) END`;
}
