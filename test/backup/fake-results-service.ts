import { createServer, type Server } from 'node:http';

export interface ResultsRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: Buffer;
}

/**
 * A local stand-in for GitHub's artifact results service (the twirp JSON API @actions/artifact
 * talks to) and for the signed blob-storage URL it hands out: blocks are kept and assembled on
 * commit, so a test can unzip exactly what was uploaded. Every request is recorded.
 */
export class FakeResultsService {
  readonly requests: ResultsRequest[] = [];
  readonly artifacts: { name: string; expiresAt?: string; size?: string; hash?: string; id: number; content?: Buffer }[] = [];
  private blocks = new Map<string, Buffer>();
  private server: Server | undefined;
  url = '';

  /** A runtime token with the Actions.Results scope @actions/artifact decodes (unsigned: it only reads claims). */
  static token(): string {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.sig`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://x');
        const body = Buffer.concat(chunks);
        this.requests.push({ method: req.method ?? '', path: u.pathname, query: Object.fromEntries(u.searchParams), authorization: req.headers.authorization, body });
        this.route(req.method ?? '', u, body, res);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  private route(method: string, u: URL, body: Buffer, res: import('node:http').ServerResponse): void {
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const twirp = u.pathname.match(/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/);
    if (twirp && method === 'POST') {
      const req = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (twirp[1] === 'CreateArtifact') {
        const name = String(req.name);
        this.artifacts.push({ name, id: this.artifacts.length + 1, ...(req.expires_at ? { expiresAt: String(req.expires_at) } : {}) });
        return json(200, { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/artifacts/${encodeURIComponent(name)}.zip?sig=fake-signature` });
      }
      if (twirp[1] === 'FinalizeArtifact') {
        const a = this.artifacts.find((x) => x.name === req.name);
        if (!a) return json(404, { code: 'not_found', msg: 'no such artifact' });
        a.size = String(req.size);
        if (req.hash) a.hash = String(req.hash);
        return json(200, { ok: true, artifact_id: String(a.id) });
      }
      return json(404, { code: 'bad_route', msg: `no method ${twirp[1]}` });
    }
    if (method === 'PUT' && u.pathname.startsWith('/devstoreaccount1/artifacts/')) {
      const blob = decodeURIComponent(u.pathname.split('/').pop()!.replace(/\.zip$/, ''));
      const headers = { 'x-ms-request-id': 'req', 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString() };
      if (u.searchParams.get('comp') === 'block') {
        this.blocks.set(`${blob}/${u.searchParams.get('blockid')}`, body);
        res.writeHead(201, headers);
        return void res.end();
      }
      if (u.searchParams.get('comp') === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]!);
        const a = this.artifacts.find((x) => x.name === blob);
        if (a) a.content = Buffer.concat(ids.map((id) => this.blocks.get(`${blob}/${id}`) ?? Buffer.alloc(0)));
        res.writeHead(201, headers);
        return void res.end();
      }
      // A single-shot upload (small blobs).
      const a = this.artifacts.find((x) => x.name === blob);
      if (a) a.content = body;
      res.writeHead(201, headers);
      return void res.end();
    }
    json(404, { msg: `fake results service has no route for ${method} ${u.pathname}` });
  }
}
