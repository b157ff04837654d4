import { existsSync } from 'node:fs';
import path from 'node:path';
import { finding, type HistoryRule } from './types.js';
import { shellQuote } from '../../security/shell-quote.js';

/**
 * The provider of migration_lock.toml (TOML key/value lines: `#` comments, blank lines, single or
 * double quotes, a trailing comment), and its line number.
 */
export function lockProvider(text: string): { provider: string; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*"?provider"?\s*=\s*(?:"([^"]*)"|'([^']*)')\s*(?:#.*)?$/.exec(lines[i]!);
    if (m) return { provider: (m[1] ?? m[2])!, line: i + 1 };
  }
  return undefined;
}

/**
 * migration_lock.toml pins the migrations to one database provider; Prisma writes it once with
 * the first migration. Missing, it lets a migration for another provider slip in; changed in a PR,
 * it means the history was regenerated for a different database.
 */
export const migrationLock: HistoryRule = {
  id: 'migration-lock',
  severity: 'error',
  summary: 'migration_lock.toml is missing, not `postgresql`, or its provider changed in the PR',
  rationale: 'the lock file guarantees every migration in the folder was written for PostgreSQL',
  check({ changes, repoRoot, read, base }) {
    const out = [];
    for (const s of changes.services) {
      const lockPath = path.posix.join(s.service.migrations, 'migration_lock.toml');
      if (!existsSync(path.join(repoRoot, lockPath))) {
        if (!s.head.length) continue; // no migrations yet: prisma migrate dev creates both together
        out.push(
          finding(migrationLock, {
            file: lockPath,
            message: `${lockPath} is missing (service ${s.service.name})`,
            why: 'Prisma writes it with the first migration to pin the history to one database provider; without it, migrations for another provider go unnoticed',
            fix: `restore it (git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(lockPath)}) or create it with the line: provider = "postgresql"`,
          }),
        );
        continue;
      }
      const text = read(lockPath);
      const p = lockProvider(text);
      if (!p || p.provider !== 'postgresql') {
        out.push(
          finding(migrationLock, {
            file: lockPath,
            line: p?.line,
            message: p ? `${lockPath} pins the provider "${p.provider}", not "postgresql"` : `${lockPath} has no provider line`,
            why: 'migration-gates, and these migrations, target PostgreSQL; another provider means the SQL was generated for a different database',
            fix: 'set the line to: provider = "postgresql" (and regenerate any migration written for another provider)',
          }),
        );
        continue;
      }
      const change = changes.files.find((f) => f.path === lockPath || f.oldPath === lockPath);
      // Only the provider matters: a reworded comment or a newline changes nothing Prisma reads.
      const before = base ? lockProvider(base.read(lockPath) ?? '') : undefined;
      if (s.lockChanged && change && change.status !== 'A' && before?.provider !== p.provider) {
        out.push(
          finding(migrationLock, {
            file: lockPath,
            line: p.line,
            message: before ? `${lockPath} changed its provider from "${before.provider}" to "${p.provider}" in this pull request` : `${lockPath} was changed in this pull request`,
            why: 'Prisma writes the lock file once; a new provider means the migration history was regenerated for another database',
            fix: `revert it: git checkout ${changes.base.mergeBase.slice(0, 12)} -- ${shellQuote(lockPath)}`,
          }),
        );
      }
    }
    return out;
  },
};
