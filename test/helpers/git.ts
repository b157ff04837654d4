import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './tmp.js';

/** A real git repository in a temp folder, driven with argument arrays (names may be hostile). */
export class GitRepo {
  readonly dir: string;
  readonly cleanup: () => void;

  constructor(prefix = 'repo') {
    const t = makeTempDir(prefix);
    this.dir = t.dir;
    this.cleanup = t.cleanup;
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'dev@example.com');
    this.git('config', 'user.name', 'Dev');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  write(rel: string, content: string): this {
    const p = path.join(this.dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return this;
  }

  remove(rel: string): this {
    rmSync(path.join(this.dir, rel), { recursive: true, force: true });
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    renameSync(path.join(this.dir, from), path.join(this.dir, to));
    return this;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  checkout(branch: string, create = false): this {
    if (create) this.git('checkout', '-q', '-b', branch);
    else this.git('checkout', '-q', branch);
    return this;
  }

  /** A migration folder `<dir>/<ts>_<name>/migration.sql`. */
  migration(migrationsDir: string, folder: string, sql: string): this {
    return this.write(path.posix.join(migrationsDir, folder, 'migration.sql'), sql);
  }
}
