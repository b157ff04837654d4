import type { ServiceConfig } from '../config/types.js';
import { envRef, shellCommand, shellQuote } from '../security/shell-quote.js';

/**
 * The exact commands remedies print, each runnable as printed. Migration names and paths come
 * from PRs, so every value goes through the one shell quoting (src/security/shell-quote.ts): a
 * pasted command can never run something a name smuggled in. URLs stay in variables.
 */

/**
 * In the service folder when it is not the repository root: a subshell, so the next printed
 * command (which expects the repository root) still runs where it should.
 */
function inService(service: Pick<ServiceConfig, 'root'>, command: string): string {
  return service.root ? `(cd ${shellQuote(service.root)} && ${command})` : command;
}

/** The guide's "Mark migration as rolled back / applied" command, run in the service folder. */
export function prismaResolveCommand(service: Pick<ServiceConfig, 'root'>, mode: 'rolled-back' | 'applied', name: string): string {
  return inService(service, shellCommand(['npx', 'prisma', 'migrate', 'resolve', `--${mode}`, name]));
}

export function prismaStatusCommand(service: Pick<ServiceConfig, 'root'>): string {
  return inService(service, 'npx prisma migrate status');
}

/**
 * Restore a backup into the database in $DATABASE_URL. `--confirm <database>` is always there:
 * restore requires it for a production target and ignores it otherwise, so the command works as
 * printed either way; `--config` when the apply read a config file other than the default.
 */
export function restoreCommand(manifest: string, database: string, configFile?: string): string {
  return shellCommand([
    'npx', 'migration-gates', 'restore', '--backup', manifest, '--target-database-url', envRef('DATABASE_URL'), '--confirm', database,
    ...(configFile ? ['--config', configFile] : []),
  ]);
}

export function backupCommand(environment: string, directory: string | undefined): string {
  return shellCommand(['npx', 'migration-gates', 'backup', '--environment', environment, '--database-url', envRef('DATABASE_URL'), '--directory', directory ?? 'backups']);
}

/** What a re-run of this apply needs besides the URL, so the printed command passes the same gates. */
export interface ApplyRerun {
  environment: string;
  /** Config file relative to the repository root, when not the default one. */
  configFile?: string;
  service?: string;
  /** The database name, typed back (environments with the confirmation gate). */
  confirm?: string;
  backupManifest?: string;
  backupDirectory?: string;
  overrideReason?: string;
  /** The staging-first gate reads $STAGING_DATABASE_URL. */
  stagingUrl?: boolean;
}

/** Re-run this apply (the CLI), with every input the gates read. */
export function applyCommand(r: ApplyRerun): string {
  return shellCommand([
    'npx', 'migration-gates', 'apply', '--environment', r.environment, '--database-url', envRef('DATABASE_URL'),
    ...(r.configFile ? ['--config', r.configFile] : []),
    ...(r.service ? ['--service', r.service] : []),
    ...(r.stagingUrl ? ['--staging-database-url', envRef('STAGING_DATABASE_URL')] : []),
    ...(r.confirm ? ['--confirm', r.confirm] : []),
    ...(r.backupManifest ? ['--backup-manifest', r.backupManifest] : r.backupDirectory ? ['--backup-directory', r.backupDirectory] : []),
    ...(r.overrideReason ? ['--override-reason', r.overrideReason] : []),
  ]);
}
