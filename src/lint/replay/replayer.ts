import { readCatalog, type Catalog } from './facts.js';
import type { RoleCreator } from './roles.js';
import type { SqlSession } from './session.js';
import { traceMigration } from './trace.js';
import type { HistorySkip, MigrationTrace, ReplayStatement, Replayer, SchemaFacts } from './types.js';
import type { ReplayLimits } from './unsupported.js';

export interface SessionReplayerInit {
  session: SqlSession;
  engine: 'pglite' | 'postgres';
  cache: 'hit' | 'miss' | 'off';
  replayed: number;
  skipped: HistorySkip[];
  serverVersion: string;
  limits: ReplayLimits;
  createRole: RoleCreator | undefined;
  /** Release the engine (close PGlite, or drop the scratch database). */
  release: () => Promise<void>;
}

/** The Replayer over either engine: calls are serialised, the catalog is read once per change. */
export class SessionReplayer implements Replayer {
  readonly engine: 'pglite' | 'postgres';
  readonly cache: 'hit' | 'miss' | 'off';
  readonly replayed: number;
  readonly skipped: HistorySkip[];
  readonly serverVersion: string;
  private catalog: Catalog | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly init: SessionReplayerInit) {
    this.engine = init.engine;
    this.cache = init.cache;
    this.replayed = init.replayed;
    this.skipped = init.skipped;
    this.serverVersion = init.serverVersion;
  }

  facts(): Promise<SchemaFacts> {
    return this.serial(async () => (await this.currentCatalog()).facts);
  }

  trace(name: string, statements: ReplayStatement[]): Promise<MigrationTrace> {
    return this.serial(async () => {
      const before = await this.currentCatalog();
      this.catalog = undefined;
      const { trace, after } = await traceMigration(this.init.session, name, statements, {
        limits: this.init.limits,
        createRole: this.init.createRole,
        before,
      });
      this.catalog = after;
      return trace;
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    const done = this.queue.catch(() => undefined).then(() => this.init.release());
    this.queue = done;
    return done;
  }

  private async currentCatalog(): Promise<Catalog> {
    this.catalog ??= await readCatalog(this.init.session);
    return this.catalog;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the replayer is closed'));
    const run = this.queue.catch(() => undefined).then(fn);
    this.queue = run;
    return run;
  }
}
