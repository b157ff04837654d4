import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { tlsGate } from '../../src/gates/tls.js';
import { makeFixture, type Fixture } from '../apply/fixture.js';
import { startTlsCluster, type TlsCluster } from '../helpers/tls-cluster.js';
import { gateContext } from './context.js';

let cluster: TlsCluster | undefined;
let fx: Fixture | undefined;
beforeAll(async () => {
  cluster = await startTlsCluster();
  fx = await makeFixture();
});
afterAll(async () => {
  cluster?.stop();
  await fx?.cleanup();
});

describe('tls', () => {
  it('passes when the server reports this session as encrypted (a TLS cluster of our own)', async () => {
    const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url: cluster!.url(), environment: 'prod' });
    const o = await tlsGate.evaluate(ctx);
    await close();
    expect(o.status).toBe('pass');
    expect(o.reason).toMatch(/^session encrypted \(TLSv1\.[23], /);
  });

  it('fails against a plain-text server, read from pg_stat_ssl rather than the URL', async () => {
    // sslmode=prefer in the URL proves nothing: the server on 5432 has no TLS and the session falls back.
    const url = `${fx!.db.url}?sslmode=disable`;
    const { ctx, close } = await gateContext({ root: fx!.root, config: fx!.config, url, environment: 'prod' });
    const o = await tlsGate.evaluate(ctx);
    await close();
    expect(o.status).toBe('fail');
    expect(o.reason).toBe('the session to 127.0.0.1:5432 is not encrypted (pg_stat_ssl.ssl = false)');
    expect(o.remedy).toContain('sslmode=verify-full');
    expect(o.remedy).toContain('environments.prod.gates.tls: false');
  });

  it('the cluster helper really serves TLS only when asked (sanity check of the fixture)', async () => {
    const c = new pg.Client({ connectionString: cluster!.url().replace(/\?.*$/, '?sslmode=disable') });
    await c.connect();
    const r = await c.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    await c.end();
    expect(r.rows[0].ssl).toBe(false);
  });
});
