// One bundle for every action (dist/actions/): each dist/<name>/index.js only names its action
// and imports this, so the code the actions share ships once. Each action module runs on import.
const actions: Record<string, () => Promise<unknown>> = {
  'apply-migration': () => import('./apply-migration.js'),
  'backup-before-deploy': () => import('./backup-before-deploy.js'),
  'check-migrations': () => import('./check-migrations.js'),
  'db-health': () => import('./db-health.js'),
  'lint-migration': () => import('./lint-migration.js'),
  'pr-check': () => import('./pr-check.js'),
  'sync-staging': () => import('./sync-staging.js'),
};

export async function run(name: string): Promise<void> {
  const load = actions[name];
  if (!load) throw new Error(`no action named ${name} in this bundle (have: ${Object.keys(actions).join(', ')})`);
  await load();
}
