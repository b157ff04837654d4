import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runApply, type ApplyOptions } from '../../src/apply/run.js';
import { createBackup } from '../../src/backup/create.js';
import { GATE_NAMES, type GateName } from '../../src/config/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { makePrismaProject } from '../helpers/prisma-project.js';
import { startTlsCluster, type TlsCluster } from '../helpers/tls-cluster.js';
import { makeTempDir } from '../helpers/tmp.js';
import { databaseFingerprint, INIT, makeFixture, prismaDeploy, SCHEMA, type Fixture } from './fixture.js';

const LEGACY = '20240101000001_create_legacy';
const DROP = '20240102000000_drop_legacy';

describe('apply with one gate failing: blocked, nothing changed, the gate is the finding', () => {
  let fx: Fixture;
  let extra: pg.Client | undefined;
  beforeAll(async () => {
    fx = await makeFixture({ migrations: { [LEGACY]: 'CREATE TABLE "Legacy" ("id" INTEGER);\n' } });
    await prismaDeploy(fx.root, fx.db.url);
    // Pending: a DROP TABLE (an error for lint, harmless for the other gates).
    fx.addMigration(DROP, 'DROP TABLE "Legacy";\n');
  });
  afterAll(async () => {
    await extra?.end();
    await fx.cleanup();
  });

  const onlyGate = (gate: GateName) => {
    const config = structuredClone(fx.config);
    const prod = config.environments.find((e) => e.name === 'prod')!;
    for (const g of GATE_NAMES) prod.gates[g] = g === gate;
    return config;
  };

  const cases: [GateName, (o: ApplyOptions) => Promise<ApplyOptions> | ApplyOptions, RegExp][] = [
    ['branch-environment', (o) => ({ ...o, ref: 'refs/heads/feature/sneaky' }), /branch feature\/sneaky maps to no environment/],
    ['confirmation', (o) => ({ ...o, confirm: 'girok_user' }), /confirm is "girok_user"/],
    ['backup', (o) => o, /no backup given/],
    ['staging-first', (o) => o, /staging-database-url is not set/],
    ['lint', (o) => o, /1 lint error\(s\) in the pending migrations: \[drop-table\]/],
    ['tls', (o) => o, /is not encrypted/],
    [
      'health',
      async (o) => {
        extra = new pg.Client({ connectionString: fx.db.url });
        await extra.connect();
        o.config.health.maxConnectionsRatio = 0.001;
        return o;
      },
      /connections in use/,
    ],
  ];

  for (const [gate, tweak, reason] of cases) {
    it(`${gate}`, async () => {
      const base: ApplyOptions = { repoRoot: fx.root, config: onlyGate(gate), databaseUrl: fx.db.url, environment: 'prod', ref: 'refs/heads/main', confirm: fx.db.name };
      const before = await databaseFingerprint(fx.db.url);
      const r = await runApply(await tweak(base));
      expect(await databaseFingerprint(fx.db.url)).toBe(before);
      expect(r.status).toBe('blocked');
      expect(r.applied).toEqual([]);
      const errors = r.report.findings.filter((f) => f.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ rule: gate, severity: 'error' });
      expect(errors[0]!.message).toMatch(reason);
      expect(errors[0]!.fix).toBeTruthy();
      expect(r.report.title).toMatch(/blocked by 1 gate\(s\); nothing applied/);
    });
  }

  it('history-integrity (an applied migration edited afterwards)', async () => {
    const file = path.join(fx.root, 'prisma', 'migrations', LEGACY, 'migration.sql');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('INTEGER', 'BIGINT'));
    try {
      const before = await databaseFingerprint(fx.db.url);
      const r = await runApply({ repoRoot: fx.root, config: onlyGate('history-integrity'), databaseUrl: fx.db.url, environment: 'prod', ref: 'refs/heads/main' });
      expect(await databaseFingerprint(fx.db.url)).toBe(before);
      expect(r.status).toBe('blocked');
      expect(r.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['history-integrity']);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('several failing gates are all reported at once', async () => {
    const r = await runApply({ repoRoot: fx.root, config: fx.config, databaseUrl: fx.db.url, environment: 'prod', ref: 'refs/heads/feature/x' });
    expect(r.status).toBe('blocked');
    expect(r.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(
      ['backup', 'branch-environment', 'confirmation', 'lint', 'staging-first', 'tls'].sort(),
    );
  });
});

describe('production apply with every gate passing (TLS cluster, verified backup, staging first, lint, health)', () => {
  let cluster: TlsCluster;
  let project: { root: string; cleanup: () => void };
  let backups: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    cluster = await startTlsCluster();
    project = makePrismaProject({ schema: SCHEMA, migrations: { '20240101000000_init': INIT } });
    backups = makeTempDir('backups');
  });
  afterAll(() => {
    cluster?.stop();
    project?.cleanup();
    backups?.cleanup();
  });

  it('dry-runs without changing anything, then applies, with all eight gates passing', async () => {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE girok_user');
    await admin.query('CREATE DATABASE staging_girok_user');
    await admin.end();
    const prodUrl = cluster.url('girok_user');
    const stagingUrl = cluster.url('staging_girok_user');
    await prismaDeploy(project.root, prodUrl);
    const next = '20240102000000_add_user_profile';
    const dir = path.join(project.root, 'prisma', 'migrations', next);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), 'CREATE TABLE "UserProfile" ("id" INTEGER NOT NULL, "bio" TEXT, CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("id"));\n');
    await prismaDeploy(project.root, stagingUrl);
    const backup = await createBackup({ databaseUrl: prodUrl, environment: 'prod', directory: backups.dir });

    const opts: ApplyOptions = {
      repoRoot: project.root,
      config: defaultConfig(),
      databaseUrl: prodUrl,
      environment: 'prod',
      ref: 'refs/heads/main',
      confirm: 'girok_user',
      backupManifest: backup.manifestPath,
      stagingDatabaseUrl: stagingUrl,
    };
    const before = await databaseFingerprint(prodUrl);
    const dry = await runApply({ ...opts, dryRun: true });
    expect(await databaseFingerprint(prodUrl)).toBe(before);
    expect(dry.status).toBe('dry-run');
    expect(dry.gates.map((g) => [g.name, g.outcome.status])).toEqual(GATE_NAMES.map((g) => [g, 'pass']));

    const r = await runApply(opts);
    expect(r.gates.map((g) => [g.name, g.outcome.status])).toEqual(GATE_NAMES.map((g) => [g, 'pass']));
    expect(r.status).toBe('applied');
    expect(r.applied).toEqual([next]);
    expect(r.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.gates.find((g) => g.name === 'tls')!.outcome.reason).toMatch(/^session encrypted/);
  });
});
