import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import type { Config, EnvironmentConfig } from '../config/types.js';

/** `refs/heads/release/v1` -> `release/v1`; tags and PR refs are kept whole so they match nothing. */
export function branchOf(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/** The environment a ref deploys to, or undefined: a branch that maps to none is never guessed. */
export function environmentForRef(config: Config, ref: string): EnvironmentConfig | undefined {
  const branch = branchOf(ref);
  return config.environments.find((e) => e.branches.some((g) => picomatch.isMatch(branch, g, { dot: true })));
}

export function environmentByName(config: Config, name: string): EnvironmentConfig {
  const env = config.environments.find((e) => e.name === name || e.githubEnvironment === name);
  if (!env) {
    throw new UserError(`unknown environment "${name}"`, {
      why: `the config defines: ${config.environments.map((e) => e.name).join(', ')}`,
      next: 'pass one of those as environment, or add it under environments: in .github/migration-gates.yml',
    });
  }
  return env;
}
