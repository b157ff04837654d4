import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TlsCluster {
  port: number;
  /**
   * Superuser URL (trust auth) with libpq's `sslmode=require` (encrypt, do not verify the
   * self-signed certificate): node-postgres needs `uselibpqcompat=true` for that meaning, and
   * libpq tools (pg_dump) never see that parameter (src/postgres/client-tools.ts drops it).
   */
  url(database?: string): string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway PostgreSQL cluster with `ssl=on` and a self-signed certificate: initdb in a temp
 * folder, its own port, started with pg_ctl. Servers refuse to run as root, so when the tests run
 * as root the cluster runs as the `postgres` user (runuser, argument arrays only). Always call
 * stop() (in afterAll): it stops the server and deletes the folder.
 */
export async function startTlsCluster(): Promise<TlsCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-tls-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  const pgGroup = asRoot ? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  const as = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) chownSync(dir, pgUser!, pgGroup!);
  const port = await freePort();
  let started = false;
  const stop = () => {
    try {
      if (started || existsSync(path.join(data, 'postmaster.pid'))) as(path.join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      /* already stopped */
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    as(path.join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    execFileSync('openssl', ['req', '-x509', '-nodes', '-newkey', 'rsa:2048', '-days', '1', '-subj', '/CN=localhost', '-keyout', path.join(data, 'server.key'), '-out', path.join(data, 'server.crt')], { stdio: 'pipe' });
    chmodSync(path.join(data, 'server.key'), 0o600);
    if (asRoot) {
      chownSync(path.join(data, 'server.key'), pgUser!, pgGroup!);
      chownSync(path.join(data, 'server.crt'), pgUser!, pgGroup!);
    }
    as(path.join(BIN, 'pg_ctl'), [
      '-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c ssl=on -c fsync=off`,
      'start',
    ]);
    started = true;
  } catch (err) {
    stop();
    throw err;
  }
  return {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}?sslmode=require&uselibpqcompat=true`,
    stop,
  };
}
