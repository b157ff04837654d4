import { restoreBackup } from '../../backup/restore.js';
import { loadConfig } from '../../config/load.js';
import { UserError } from '../../errors.js';
import { redact } from '../../security/redact.js';
import { str } from '../args.js';
import type { CliCommand } from '../command.js';
import { parseFormat, printReport } from '../output.js';

/** `migration-gates restore`: a checked, all-or-nothing restore of a backup into a database. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore a backup (checksum first, one transaction; production needs --confirm <database name>)',
  options: {
    backup: { type: 'string', description: 'the backup: <id>.manifest.json, or <id>.dump with its manifest beside it' },
    'target-database-url': { type: 'string', description: 'PostgreSQL URL of the database to restore into (it must exist)' },
    confirm: { type: 'string', description: 'the target database name, typed back (required for production)' },
    production: { type: 'boolean', description: 'treat the target as production even if the config does not' },
    sha256: { type: 'string', description: 'expected SHA-256 of a dump that has no manifest' },
  },
  async run({ values, cwd }) {
    const format = parseFormat(values.format);
    const backup = str(values.backup);
    const targetDatabaseUrl = str(values['target-database-url']);
    if (!backup || !targetDatabaseUrl) {
      throw new UserError(`--${!backup ? 'backup' : 'target-database-url'} is missing`, {
        why: 'restore needs the backup to read and the database to replace, both named explicitly',
        next: 'run: npx migration-gates restore --backup backups/<id>.manifest.json --target-database-url "$TARGET_URL" [--confirm <database>]',
      });
    }
    const config = loadConfig(cwd, str(values.config));
    const r = await restoreBackup({
      backup,
      targetDatabaseUrl,
      config,
      ...(str(values.confirm) !== undefined ? { confirm: str(values.confirm)! } : {}),
      ...(values.production === true ? { production: true } : {}),
      ...(str(values.sha256) ? { sha256: str(values.sha256)! } : {}),
      onProgress: (line) => process.stderr.write(`${redact(line)}\n`),
    });
    return printReport(
      {
        tool: 'restore',
        title: `Restored ${backup}: ${r.tables} tables in ${r.seconds.toFixed(1)} s`,
        findings: [],
        facts: { backup, tables: r.tables, seconds: r.seconds },
      },
      format,
    );
  },
};
