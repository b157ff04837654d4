import type { Config, EnvironmentConfig, GateName, MaskStrategy } from './types.js';

const gates = (on: GateName[]): Record<GateName, boolean> => ({
  'branch-environment': true,
  'history-integrity': true,
  confirmation: on.includes('confirmation'),
  backup: on.includes('backup'),
  'staging-first': on.includes('staging-first'),
  lint: on.includes('lint'),
  health: on.includes('health'),
  tls: on.includes('tls'),
});

/** The gates each guide tier gets when the config does not say otherwise. */
export const DEFAULT_GATES: Record<'dev' | 'staging' | 'prod', Record<GateName, boolean>> = {
  dev: gates([]),
  staging: gates(['backup', 'lint', 'health', 'tls']),
  prod: gates(['backup', 'staging-first', 'confirmation', 'lint', 'health', 'tls']),
};

/** The guide's three tiers ("Git Branch -> Database Mapping"). */
export const DEFAULT_ENVIRONMENTS: EnvironmentConfig[] = [
  { name: 'dev', branches: ['develop'], database: 'dev_girok_user', githubEnvironment: 'development', production: false, gates: DEFAULT_GATES.dev, backupMaxAgeMinutes: 60 },
  { name: 'staging', branches: ['release/*'], database: 'staging_girok_user', githubEnvironment: 'staging', production: false, gates: DEFAULT_GATES.staging, backupMaxAgeMinutes: 60 },
  { name: 'prod', branches: ['main'], database: 'girok_user', githubEnvironment: 'production', production: true, gates: DEFAULT_GATES.prod, backupMaxAgeMinutes: 60 },
];

/** Names that say nothing about the change ("Use descriptive migration names"). */
export const DEFAULT_FORBIDDEN_NAMES = [
  'migration', 'migrations', 'test', 'tests', 'tmp', 'temp', 'wip', 'fix', 'fixes', 'update', 'updates',
  'change', 'changes', 'new', 'misc', 'stuff', 'init2', 'foo', 'bar', 'asdf', 'todo', 'draft', 'auto',
  'schema', 'db', 'prisma', 'untitled',
];

/** The guide's masking list: user emails, user names, provider ids, refresh tokens, OAuth secrets. */
export const DEFAULT_MASKING: Record<string, Record<string, MaskStrategy>> = {
  User: { email: { kind: 'email' }, name: { kind: 'name' }, providerId: { kind: 'prefix', value: 'masked_' } },
  Session: { refreshToken: { kind: 'random-hash' } },
  OAuthConfig: { clientSecret: { kind: 'prefix', value: 'masked_secret_' } },
};

/** apply-migration's lock_timeout when neither its input nor the config sets one. */
export const DEFAULT_DEPLOY_LOCK_TIMEOUT = '5s';

export function defaultConfig(): Config {
  return {
    file: undefined,
    environments: structuredClone(DEFAULT_ENVIRONMENTS),
    services: [],
    migrations: { forbiddenNames: [...DEFAULT_FORBIDDEN_NAMES], minNameLength: 3, namePattern: undefined },
    lint: { rules: {}, baseline: [], largeTableRows: 1_000_000 },
    deploy: { lockTimeout: DEFAULT_DEPLOY_LOCK_TIMEOUT },
    backup: { retentionDays: 30 },
    sync: { keepOld: 1, strict: true, masking: structuredClone(DEFAULT_MASKING), piiPatterns: [] },
    health: { longRunningSeconds: 300, maxConnectionsRatio: 0.9, maxTransactionAgeSeconds: 300 },
  };
}
