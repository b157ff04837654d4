import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { FakeGitHub } from '../helpers/fake-github.js';

describe('sticky PR comment', () => {
  const gh = new FakeGitHub();
  beforeAll(async () => {
    await gh.start();
    process.env.GITHUB_API_URL = gh.url;
  });
  afterAll(async () => {
    delete process.env.GITHUB_API_URL;
    await gh.stop();
  });

  it('creates one comment, then updates it in place, leaving other comments alone', async () => {
    gh.comments.set(1, { id: 1, body: 'a human comment', issue: 7 });
    const a = await upsertStickyComment({ token: 't', repository: 'acme/girok', issueNumber: 7, key: 'pr-check', body: 'first' });
    expect(a.action).toBe('created');
    const b = await upsertStickyComment({ token: 't', repository: 'acme/girok', issueNumber: 7, key: 'pr-check', body: 'second' });
    expect(b).toEqual({ action: 'updated', id: a.id });
    const ours = [...gh.comments.values()].filter((c) => c.body.includes(commentMarker('pr-check')));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('second');
    expect(gh.comments.get(1)!.body).toBe('a human comment');
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(gh.requests[0]!.headers.authorization).toBe('token t');
  });

  it('keeps separate comments per check key', async () => {
    await upsertStickyComment({ token: 't', repository: 'acme/girok', issueNumber: 8, key: 'check-migrations', body: 'x' });
    await upsertStickyComment({ token: 't', repository: 'acme/girok', issueNumber: 8, key: 'lint-migration', body: 'y' });
    expect([...gh.comments.values()].filter((c) => c.issue === 8)).toHaveLength(2);
  });
});
