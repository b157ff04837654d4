import type { Gate } from './types.js';

/** A typed confirmation: the person dispatching names the database they are about to change. */
export const confirmationGate: Gate = {
  name: 'confirmation',
  description: 'the confirm input equals the name of the database being migrated',
  async evaluate(ctx) {
    const expected = ctx.target.database;
    const given = (ctx.confirm ?? '').trim();
    if (given === expected) return { status: 'pass', reason: `confirmed database ${expected}` };
    return {
      status: 'fail',
      reason: given ? `confirm is "${given}", which is not the database name ${expected}` : `confirm is empty; ${ctx.environment.name} requires the database name`,
      remedy: `dispatch again with confirm set to ${expected} (gh workflow run migrate.yml -f environment=${ctx.environment.name} -f confirm=${expected})`,
    };
  },
};
