import type { CliCommand } from './command.js';

/**
 * The CLI's commands, loaded on demand: `migration-gates check` parses only what check needs,
 * not the lint engine, backup or sync (startup is most of a small command's wall time).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<CliCommand>;
}

export const commands: CommandEntry[] = [
  { name: 'pr-check', summary: 'history rules and SQL lint of this branch against its base (the root action)', load: async () => (await import('./commands/pr-check.js')).prCheckCommand },
  { name: 'check', summary: 'migration-history rules and schema drift (check-migrations)', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'lint', summary: 'lint migration SQL for locks, rewrites, data loss and errors (lint-migration)', load: async () => (await import('./commands/lint.js')).lintCommand },
  { name: 'backup', summary: 'verified pg_dump backup with a manifest (backup-before-deploy)', load: async () => (await import('./commands/backup.js')).backupCommand },
  { name: 'restore', summary: 'restore a backup, checksum first; production needs --confirm <database>', load: async () => (await import('./commands/restore.js')).restoreCommand },
  { name: 'apply', summary: 'gated prisma migrate deploy to dev, staging or prod (apply-migration)', load: async () => (await import('./commands/apply.js')).applyCommand },
  { name: 'sync', summary: 'copy production into staging with masking and verification (sync-staging)', load: async () => (await import('./commands/sync.js')).syncCommand },
  { name: 'health', summary: 'connections, long queries, locks, sizes, migration status (db-health)', load: async () => (await import('./commands/health.js')).healthCommand },
  { name: 'services', summary: 'list the Prisma services (--format json: a GitHub job matrix)', load: async () => (await import('./commands/services.js')).servicesCommand },
  { name: 'config', summary: 'validate .github/migration-gates.yml and print the effective config', load: async () => (await import('./commands/config.js')).configCommand },
];
