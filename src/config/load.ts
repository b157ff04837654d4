import { existsSync, readFileSync, statSync } from 'node:fs';
import { shellQuote } from '../security/shell-quote.js';
import path from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { UserError } from '../errors.js';
import { defaultConfig, DEFAULT_GATES } from './defaults.js';
import { configSchema, type ConfigFile } from './schema.js';
import type { Config, EnvironmentConfig, MaskStrategy, ServiceConfig } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/migration-gates.yml';

export class ConfigError extends UserError {
  constructor(file: string, problems: string[]) {
    super(`invalid config ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      why: 'the config decides which branch deploys where and which gates run; a guess would be unsafe',
      next: `fix ${file} (reference: README "Configuration"), then run: npx migration-gates config --config ${shellQuote(file)}`,
    });
    this.name = 'ConfigError';
  }
}

/**
 * Load and validate the config. A missing file at the default path means the guide's defaults;
 * a missing file named explicitly is an error.
 */
export function loadConfig(repoRoot: string, configPath?: string): Config {
  const rel = configPath && configPath.trim() ? configPath.trim() : DEFAULT_CONFIG_PATH;
  const abs = path.resolve(repoRoot, rel);
  if (!existsSync(abs)) {
    if (configPath && configPath.trim() && rel !== DEFAULT_CONFIG_PATH) {
      throw new UserError(`config file ${rel} does not exist`, {
        why: 'the config input names a file that is not in the checkout',
        next: `create ${rel}, or omit the config input to use the defaults`,
      });
    }
    return defaultConfig();
  }
  return parseConfig(readFileSync(abs, 'utf8'), rel, repoRoot, abs);
}

export function parseConfig(text: string, displayName: string, repoRoot: string, abs?: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      displayName,
      doc.errors.map((e) => `line ${lineCounter.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`),
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      if (keys.length) {
        return keys
          .map((k) => {
            const p = [...issue.path, k];
            return `${locate(doc, lineCounter, p, true)}${keyPath(p)}: unknown key (expected one of: ${knownKeys(issue.path)})`;
          })
          .join('\n  - ');
      }
      return `${locate(doc, lineCounter, issue.path, false)}${keyPath(issue.path) || '(top level)'}: ${issue.message}`;
    });
    throw new ConfigError(displayName, problems);
  }
  const cfg = normalize(parsed.data, repoRoot, abs);
  const semantic = validateSemantics(cfg, repoRoot, parsed.data);
  if (semantic.length) {
    throw new ConfigError(
      displayName,
      semantic.map((s) => `${locate(doc, lineCounter, s.path, false)}${keyPath(s.path)}: ${s.message}`),
    );
  }
  return cfg;
}

function keyPath(p: readonly PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

function knownKeys(parent: readonly PropertyKey[]): string {
  let s: unknown = configSchema;
  for (const k of parent) {
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; valueType?: unknown; element?: unknown; innerType?: unknown } }).def;
    let cur = s as { def?: Record<string, unknown> };
    while (cur.def?.type === 'optional') cur = cur.def.innerType as typeof cur;
    const d = cur.def as typeof def;
    if (d?.type === 'object') s = d.shape?.[String(k)];
    else if (d?.type === 'record') s = d.valueType;
    else if (d?.type === 'array') s = d.element;
    else return '?';
  }
  let cur = s as { def?: Record<string, unknown> };
  while (cur?.def?.type === 'optional') cur = cur.def.innerType as typeof cur;
  const shape = (cur?.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape).join(', ') : '?';
}

/** "line N: " for a key path, from the YAML node (the key itself for unknown keys). */
function locate(doc: Document, lc: LineCounter, p: readonly PropertyKey[], keyNode: boolean): string {
  const parentPath = keyNode ? p.slice(0, -1) : p;
  let node: unknown = parentPath.length ? doc.getIn(parentPath as unknown[], true) : doc.contents;
  if (keyNode && isMap(node)) {
    const last = p[p.length - 1];
    const pair = node.items.find((it) => isScalar(it.key) && it.key.value === last);
    node = pair?.key;
  }
  // A missing key: point at its parent.
  for (let i = parentPath.length - 1; !node && i >= 0; i--) node = doc.getIn(parentPath.slice(0, i) as unknown[], true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? `line ${lc.linePos(range[0]).line}: ` : '';
}

function toList(v: string | string[] | undefined): string[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

function parseMask(s: string): MaskStrategy {
  if (s.startsWith('prefix:')) return { kind: 'prefix', value: s.slice(7) };
  if (s.startsWith('constant:')) return { kind: 'constant', value: s.slice(9) };
  return { kind: s as 'email' | 'name' | 'random-hash' | 'keyed-hash' | 'null' | 'keep' };
}

function normalize(f: ConfigFile, repoRoot: string, abs?: string): Config {
  const cfg = defaultConfig();
  cfg.file = abs;
  if (f.environments) {
    cfg.environments = Object.entries(f.environments).map(([name, e]): EnvironmentConfig => {
      const production = e.production ?? (name === 'prod' || name === 'production');
      const base = production ? DEFAULT_GATES.prod : name === 'staging' ? DEFAULT_GATES.staging : DEFAULT_GATES.dev;
      return {
        name,
        branches: toList(e.branches) ?? toList(e.branch) ?? [],
        database: e.database,
        githubEnvironment: e['github-environment'] ?? name,
        production,
        gates: { ...base, ...Object.fromEntries(Object.entries(e.gates ?? {}).filter(([, v]) => v !== undefined)) },
        backupMaxAgeMinutes: e['backup-max-age-minutes'] ?? 60,
      };
    });
  }
  if (f.services) {
    cfg.services = f.services.map((s): ServiceConfig => {
      const root = posix(s.path);
      return {
        name: s.name,
        root,
        schema: posix(path.posix.join(root, s.schema ?? 'prisma/schema.prisma')),
        migrations: posix(path.posix.join(root, s.migrations ?? 'prisma/migrations')),
      };
    });
  }
  const m = f.migrations;
  if (m?.['forbidden-names']) cfg.migrations.forbiddenNames = m['forbidden-names'].map((n) => n.toLowerCase());
  if (m?.['min-name-length']) cfg.migrations.minNameLength = m['min-name-length'];
  if (m?.['name-pattern']) cfg.migrations.namePattern = m['name-pattern'];
  if (f.lint?.rules) cfg.lint.rules = { ...f.lint.rules };
  if (f.lint?.baseline) cfg.lint.baseline = f.lint.baseline;
  if (f.lint?.['large-table-rows']) cfg.lint.largeTableRows = f.lint['large-table-rows'];
  const lt = f.deploy?.['lock-timeout'];
  if (lt !== undefined) cfg.deploy.lockTimeout = lt === false || lt === 0 || lt === 'off' ? '0' : lt;
  if (f.backup?.['retention-days']) cfg.backup.retentionDays = f.backup['retention-days'];
  const s = f.sync;
  if (s?.['keep-old'] !== undefined) cfg.sync.keepOld = s['keep-old'];
  if (s?.strict !== undefined) cfg.sync.strict = s.strict;
  if (s?.masking) {
    cfg.sync.masking = Object.fromEntries(
      Object.entries(s.masking).map(([t, cols]) => [t, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, parseMask(v)]))]),
    );
  }
  if (s?.['pii-patterns']) cfg.sync.piiPatterns = s['pii-patterns'];
  const h = f.health;
  if (h?.['long-running-seconds']) cfg.health.longRunningSeconds = h['long-running-seconds'];
  if (h?.['max-connections-ratio']) cfg.health.maxConnectionsRatio = h['max-connections-ratio'];
  if (h?.['max-transaction-age-seconds']) cfg.health.maxTransactionAgeSeconds = h['max-transaction-age-seconds'];
  void repoRoot;
  return cfg;
}

function posix(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\/?$/, '').replace(/^\.\//, '').replace(/\/$/, '');
}

interface Problem {
  path: PropertyKey[];
  message: string;
}

function validateSemantics(cfg: Config, repoRoot: string, file?: ConfigFile): Problem[] {
  const problems: Problem[] = [];
  for (const env of cfg.environments) {
    if (!env.branches.length) problems.push({ path: ['environments', env.name], message: 'needs branch: or branches: (e.g. branch: main)' });
    // Point at the key the file uses (branch or branches, scalar or list item).
    const raw = file?.environments?.[env.name];
    const key = raw?.branches !== undefined ? 'branches' : 'branch';
    const isList = Array.isArray(raw?.[key]);
    env.branches.forEach((b, i) => {
      try {
        picomatch.makeRe(b, { strictBrackets: true });
        if (/\s/.test(b) || b.startsWith('refs/')) throw new Error('x');
      } catch {
        problems.push({
          path: isList ? ['environments', env.name, key, i] : ['environments', env.name, key],
          message: `branch pattern "${b}" is not a valid glob${i ? ` (entry ${i})` : ''} (expected a branch name like main or a glob like release/*, without refs/heads/)`,
        });
      }
    });
  }
  // Two environments must never claim one branch: a deploy target would be a guess.
  for (let i = 0; i < cfg.environments.length; i++) {
    for (let j = i + 1; j < cfg.environments.length; j++) {
      const a = cfg.environments[i]!;
      const b = cfg.environments[j]!;
      const clash = a.branches.find((pa) => b.branches.some((pb) => pa === pb || safeMatch(pa, pb) || safeMatch(pb, pa)));
      if (clash) {
        problems.push({
          path: ['environments', b.name],
          message: `environments "${a.name}" and "${b.name}" both match branch "${clash}"; each branch must map to one environment`,
        });
      }
    }
  }
  const seen = new Set<string>();
  cfg.services.forEach((s, i) => {
    if (seen.has(s.name)) problems.push({ path: ['services', i, 'name'], message: `duplicate service name "${s.name}"` });
    seen.add(s.name);
    if (s.root.startsWith('..') || path.isAbsolute(s.root)) {
      problems.push({ path: ['services', i, 'path'], message: `"${s.root}" must be a folder inside the repository` });
      return;
    }
    const dir = path.join(repoRoot, s.migrations);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push({
        path: ['services', i, 'migrations'],
        message: `migrations directory ${s.migrations} does not exist (create it with: npx prisma migrate dev --name init)`,
      });
    }
  });
  for (const p of cfg.sync.piiPatterns) {
    try {
      new RegExp(p, 'i');
    } catch {
      problems.push({ path: ['sync', 'pii-patterns'], message: `"${p}" is not a valid regular expression` });
    }
  }
  if (cfg.migrations.namePattern) {
    try {
      new RegExp(cfg.migrations.namePattern);
    } catch {
      problems.push({ path: ['migrations', 'name-pattern'], message: `"${cfg.migrations.namePattern}" is not a valid regular expression` });
    }
  }
  return problems;
}

function safeMatch(glob: string, branch: string): boolean {
  try {
    return picomatch.isMatch(branch, glob);
  } catch {
    return false;
  }
}
