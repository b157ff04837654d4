import { branchOf, environmentForRef } from '../environments/resolve.js';
import type { Gate } from './types.js';

/** The guide's "Git Branch -> Database Mapping": no production migration from a feature branch. */
export const branchEnvironmentGate: Gate = {
  name: 'branch-environment',
  description: 'the dispatched branch maps to the chosen environment (develop -> dev, release/* -> staging, main -> prod)',
  async evaluate(ctx) {
    const env = ctx.environment;
    const allowed = env.branches.join(', ');
    if (!ctx.ref) {
      return {
        status: 'fail',
        reason: `no git ref is known, so the branch cannot be checked against environment "${env.name}"`,
        remedy: `run from a workflow (GITHUB_REF is set) or pass --ref <branch>; ${env.name} deploys from: ${allowed}`,
      };
    }
    const branch = branchOf(ctx.ref);
    const mapped = environmentForRef(ctx.config, ctx.ref);
    if (mapped?.name === env.name) {
      return { status: 'pass', reason: `branch ${branch} deploys to ${env.name}` };
    }
    const first = env.branches.find((b) => !/[*?[\]{}]/.test(b)) ?? env.branches[0] ?? '<branch>';
    return {
      status: 'fail',
      reason: mapped
        ? `branch ${branch} deploys to "${mapped.name}", not "${env.name}"`
        : `branch ${branch} maps to no environment; "${env.name}" only deploys from ${allowed}`,
      remedy: `merge the change into ${allowed} and dispatch from there, e.g. gh workflow run migrate.yml --ref ${first} -f environment=${env.name}`,
      details: [`ref: ${ctx.ref}`, `${env.name} branches: ${allowed}`],
    };
  },
};
