import type { ServiceConfig } from '../config/types.js';

import { shellQuote } from '../security/shell-quote.js';

export { shellQuote };

/** `cd <service> && ` when the service is not the repository root. */
function inService(service: Pick<ServiceConfig, 'root'>, command: string): string {
  return service.root ? `cd ${shellQuote(service.root)} && ${command}` : command;
}

/** The guide's "Mark migration as rolled back / applied" command, run in the service folder. */
export function prismaResolveCommand(service: Pick<ServiceConfig, 'root'>, mode: 'rolled-back' | 'applied', name: string): string {
  return inService(service, `npx prisma migrate resolve --${mode} ${shellQuote(name)}`);
}

export function prismaStatusCommand(service: Pick<ServiceConfig, 'root'>): string {
  return inService(service, 'npx prisma migrate status');
}

/** Restore the backup this run verified into the damaged database. */
export function restoreCommand(manifest: string): string {
  return `npx migration-gates restore --backup ${shellQuote(manifest)} --target-database-url "$DATABASE_URL"`;
}

export function backupCommand(environment: string, directory: string | undefined): string {
  return `npx migration-gates backup --environment ${shellQuote(environment)} --database-url "$DATABASE_URL" --directory ${shellQuote(directory ?? 'backups')}`;
}

/** Re-run this apply (the GitHub workflow, or the CLI). */
export function applyCommand(environment: string, extra = ''): string {
  return `npx migration-gates apply --environment ${shellQuote(environment)} --database-url "$DATABASE_URL"${extra ? ` ${extra}` : ''}`;
}
