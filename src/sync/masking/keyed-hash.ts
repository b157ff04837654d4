import { createHash, createHmac } from 'node:crypto';

/**
 * How `keyed-hash` is computed in SQL, best first:
 * - `hmac-sha256`: HMAC-SHA256 (RFC 2104) from PostgreSQL's built-in sha256() (PostgreSQL 11+). The
 *   key pads are derived here and sent as bytea parameters, so the salt never appears in SQL text.
 *   Identical to pgcrypto's hmac(value, salt, 'sha256') and to Node's createHmac('sha256', salt).
 * - `pgcrypto-hmac`: pgcrypto's hmac(value, salt, 'sha256') (older servers with pgcrypto installed).
 * - `md5-chain`: md5(salt || md5(salt || value)) (older servers without pgcrypto).
 * All are deterministic: equal values stay equal, so joins on the masked column still work.
 */
export type KeyedHashMethod = 'hmac-sha256' | 'pgcrypto-hmac' | 'md5-chain';

const BLOCK = 64;

/** RFC 2104 key pads for SHA-256: (K xor 0x36..., K xor 0x5c...). */
export function hmacPads(salt: string): { inner: Buffer; outer: Buffer } {
  let key = Buffer.from(salt, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const k = Buffer.alloc(BLOCK);
  key.copy(k);
  const inner = Buffer.alloc(BLOCK);
  const outer = Buffer.alloc(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = k[i]! ^ 0x36;
    outer[i] = k[i]! ^ 0x5c;
  }
  return { inner, outer };
}

/** The value `keyed-hash` gives, computed in Node (tests and docs compare against it). */
export function keyedHash(value: string, salt: string, method: KeyedHashMethod = 'hmac-sha256'): string {
  if (method === 'md5-chain') {
    const inner = createHash('md5').update(salt + value, 'utf8').digest('hex');
    return createHash('md5').update(salt + inner, 'utf8').digest('hex');
  }
  return createHmac('sha256', Buffer.from(salt, 'utf8')).update(value, 'utf8').digest('hex');
}

/** Pick the method for a server: its major version and whether pgcrypto is installed in the copy. */
export function chooseKeyedHashMethod(serverMajor: number, hasPgcrypto: boolean): KeyedHashMethod {
  if (serverMajor >= 11) return 'hmac-sha256';
  return hasPgcrypto ? 'pgcrypto-hmac' : 'md5-chain';
}
