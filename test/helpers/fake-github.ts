import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
}

/**
 * A local stand-in for the GitHub REST API (the one thing tests fake): issue comments are kept in
 * memory so list/create/update behave like the real thing, and every request is recorded.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, { id: number; body: string; issue: number }>();
  private server: Server | undefined;
  private nextId = 1000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const body = text ? (JSON.parse(text) as unknown) : undefined;
        const url = new URL(req.url ?? '/', 'http://x');
        this.requests.push({ method: req.method ?? '', path: url.pathname, body, headers: req.headers });
        this.route(req.method ?? '', url, body, (status, payload) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        });
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

  private route(method: string, url: URL, body: unknown, send: (s: number, p: unknown) => void): void {
    const list = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    if (list && method === 'GET') {
      const issue = Number(list[1]);
      return send(200, [...this.comments.values()].filter((c) => c.issue === issue).map((c) => ({ id: c.id, body: c.body })));
    }
    if (list && method === 'POST') {
      const id = this.nextId++;
      const c = { id, body: (body as { body: string }).body, issue: Number(list[1]) };
      this.comments.set(id, c);
      return send(201, { id, body: c.body });
    }
    const one = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (one && method === 'PATCH') {
      const c = this.comments.get(Number(one[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = (body as { body: string }).body;
      return send(200, { id: c.id, body: c.body });
    }
    send(404, { message: `fake GitHub has no route for ${method} ${url.pathname}` });
  }
}
