import path from 'node:path';
import { runApply } from '../../apply/run.js';
import { loadConfig } from '../../config/load.js';
import { UserError } from '../../errors.js';
import { git } from '../../git/git.js';
import { registerSecret } from '../../security/redact.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat, printReport } from '../output.js';

/** The branch checked out in the working directory, as a ref (the local stand-in for GITHUB_REF). */
async function currentRef(cwd: string): Promise<string | undefined> {
  const r = await git(cwd, ['symbolic-ref', '--quiet', 'HEAD'], { allowFail: true }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim() : undefined;
}

export const applyCommand: CliCommand = {
  name: 'apply',
  summary: 'gated prisma migrate deploy to dev, staging or prod (the apply-migration action)',
  options: {
    environment: { type: 'string', description: 'environment to deploy to (default: derived from --ref)' },
    'database-url': { type: 'string', description: 'target database URL (default: $DATABASE_URL; prefer the env var, argv is visible to ps)' },
    ref: { type: 'string', description: 'the ref being deployed (default: $GITHUB_REF, else the checked-out branch)' },
    confirm: { type: 'string', description: 'the database name, typed to confirm (environments with the confirmation gate)' },
    'dry-run': { type: 'boolean', description: 'print the gates, the plan and the SQL; change nothing' },
    'backup-manifest': { type: 'string', description: 'backup manifest (.manifest.json) for the backup gate' },
    'backup-directory': { type: 'string', description: 'folder whose newest backup of this database the backup gate uses' },
    'staging-database-url': { type: 'string', description: 'staging database URL, read-only (staging-first gate; default $STAGING_DATABASE_URL)' },
    'lock-timeout': { type: 'string', description: "PostgreSQL lock_timeout for the deploy session (default: the config's deploy.lock-timeout, 5s)" },
    'statement-timeout': { type: 'string', description: 'PostgreSQL statement_timeout for the deploy session (default: none)' },
    'advisory-lock-timeout': { type: 'string', description: "how long to wait for another deploy holding Prisma's migration lock", default: '5min' },
    'prisma-command': { type: 'string', description: 'how to run Prisma, e.g. "pnpm prisma" (default: node_modules/prisma)' },
    service: { type: 'string', description: 'which service to deploy (monorepos; see `migration-gates services`)' },
    'override-reason': { type: 'string', description: 'accept lint errors in the pending migrations, recording why' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const repoRoot = path.resolve(cwd);
    const databaseUrl = str(values['database-url']) ?? str(process.env.DATABASE_URL);
    if (!databaseUrl) {
      throw new UserError('no database URL', {
        why: 'apply needs the database to migrate',
        next: 'export DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DB (or pass --database-url)',
      });
    }
    registerSecret(databaseUrl);
    const config = loadConfig(repoRoot, str(values.config));
    const result = await runApply({
      repoRoot,
      config,
      databaseUrl,
      environment: str(values.environment),
      ref: str(values.ref) ?? str(process.env.GITHUB_REF) ?? (await currentRef(repoRoot)),
      confirm: str(values.confirm),
      dryRun: values['dry-run'] === true,
      backupManifest: str(values['backup-manifest']),
      backupDirectory: str(values['backup-directory']),
      stagingDatabaseUrl: str(values['staging-database-url']) ?? str(process.env.STAGING_DATABASE_URL),
      lockTimeout: str(values['lock-timeout']),
      statementTimeout: str(values['statement-timeout']),
      advisoryLockTimeout: str(values['advisory-lock-timeout']),
      prismaCommand: str(values['prisma-command']),
      service: str(values.service),
      overrideReason: str(values['override-reason']),
      actor: process.env.GITHUB_ACTOR ?? process.env.USER,
      // Progress goes to stderr so --format json keeps stdout clean.
      onLog: (line) => process.stderr.write(`${line}\n`),
    });
    const code = printReport(result.report, format);
    return result.status === 'failed' || result.status === 'blocked' ? 1 : code;
  },
};
