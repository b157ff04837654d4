import { createHash } from 'node:crypto';

/** `_prisma_migrations.checksum`: SHA-256 hex of migration.sql's bytes. */
export function migrationChecksum(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Prisma also accepts the file with its line endings swapped (a CRLF checkout of an LF file and
 * vice versa): so do we, or a Windows clone would look edited.
 */
export function checksumMatches(applied: string, content: Buffer | string): boolean {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  if (migrationChecksum(content) === applied) return true;
  const lf = text.replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  return migrationChecksum(lf) === applied || migrationChecksum(crlf) === applied;
}
