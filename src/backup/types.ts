/** Contract of the backup module (src/backup/), used by backup-before-deploy, apply's backup gate, restore and sync. */
export interface BackupManifest {
  /** Format version of this manifest. */
  version: 1;
  /** `<environment>-<database>-<UTC yyyymmddThhmmssZ>`. */
  backupId: string;
  environment: string;
  database: string;
  host: string;
  port: number;
  serverVersion: string;
  serverMajor: number;
  pgDumpVersion: string;
  /** ISO 8601 UTC time the dump started. */
  createdAt: string;
  /** Dump file name, relative to the manifest's folder. */
  file: string;
  sizeBytes: number;
  sha256: string;
  tableCount: number;
  /** Newest finished row of `_prisma_migrations`, or null when the table is absent/empty. */
  latestMigration: string | null;
  verified: boolean;
  /** Wall time of the dump, in seconds (optional: absent in manifests written before it existed). */
  durationSeconds?: number;
  /** pg_database_size when the dump started. */
  databaseSizeBytes?: number;
}

export interface BackupOptions {
  databaseUrl: string;
  environment: string;
  /** Folder to write the dump and manifest into. */
  directory: string;
  /** Default true: non-empty file, readable `pg_restore --list`, every catalog table in the TOC. */
  verify?: boolean;
  onProgress?: (line: string) => void;
  /** Milliseconds between progress lines (default 5000). */
  progressIntervalMs?: number;
  /** Folders to look for pg_dump in (default: PATH, then /usr/lib/postgresql/<N>/bin). */
  searchPath?: string[];
}

export interface BackupResult {
  manifest: BackupManifest;
  dumpPath: string;
  manifestPath: string;
}

/** What verification found: ok only when problems is empty. */
export interface VerifyResult {
  ok: boolean;
  problems: string[];
}
