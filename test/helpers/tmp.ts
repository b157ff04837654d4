import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A temp folder inside the repository's .tmp/ (git-ignored): node resolution from there finds our
 * node_modules, which the real Prisma CLI and its prisma.config.ts need.
 */
export function makeTempDir(prefix = 't'): { dir: string; cleanup: () => void } {
  const base = path.join(REPO_ROOT, '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, `${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
