import { getOctokit } from '@actions/github';

/** The hidden marker that finds our comment again; one per check key, so re-runs update in place. */
export function commentMarker(key: string): string {
  return `<!-- migration-gates:${key} -->`;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  id: number;
}

/**
 * Create or update the single PR comment carrying `marker`. Pages through all comments, so a
 * long PR thread never gets a second copy.
 */
export async function upsertStickyComment(opts: {
  token: string;
  repository: string;
  issueNumber: number;
  key: string;
  body: string;
}): Promise<StickyCommentResult> {
  const [owner, repo] = opts.repository.split('/') as [string, string];
  // baseUrl read now, not at module load: GHES and tests set GITHUB_API_URL.
  const octokit = getOctokit(opts.token, { baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' });
  const marker = commentMarker(opts.key);
  const body = `${marker}\n${opts.body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: opts.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
  if (existing) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id };
  }
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.issueNumber, body });
  return { action: 'created', id: created.data.id };
}
