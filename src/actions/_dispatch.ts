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

/** The oldest Node the bundles run on. JavaScript actions get the runner's node24; composite
 * actions get the `node` on PATH, which may be anything on a self-hosted runner. */
const MIN_NODE_MAJOR = 20;

export async function run(name: string): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    // Workflow-command syntax by hand: nothing else is loaded yet.
    process.stdout.write(
      `::error::migration-gates ${name} needs Node.js ${MIN_NODE_MAJOR} or newer, and the node on this runner's PATH is ${process.version}. ` +
        'Add `- uses: actions/setup-node@v4` with `node-version: 24` before this step.\n',
    );
    process.exitCode = 1;
    return;
  }
  const load = actions[name];
  if (!load) throw new Error(`no action named ${name} in this bundle (have: ${Object.keys(actions).join(', ')})`);
  await load();
}
