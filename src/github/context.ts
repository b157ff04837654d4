import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** The parts of the runner's event we use, read from GITHUB_EVENT_PATH (never trusted as code). */
export interface EventContext {
  eventName: string;
  /** owner/name */
  repository: string | undefined;
  pullRequest: { number: number; baseRef: string; baseSha: string | undefined; headRef: string; headSha: string | undefined } | undefined;
  /** The ref the workflow runs on (GITHUB_REF), e.g. refs/heads/main. */
  ref: string | undefined;
  sha: string | undefined;
  apiUrl: string;
  serverUrl: string;
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: Record<string, unknown> = {};
  const p = env.GITHUB_EVENT_PATH;
  if (p) {
    try {
      payload = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new UserError(`cannot read the event payload at GITHUB_EVENT_PATH`, {
        why: err instanceof Error ? err.message : String(err),
        next: 'run this action inside a GitHub workflow, or use the CLI locally',
      });
    }
  }
  const pr = payload.pull_request as
    | { number: number; base?: { ref?: string; sha?: string }; head?: { ref?: string; sha?: string } }
    | undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: env.GITHUB_REPOSITORY,
    pullRequest:
      pr && typeof pr.number === 'number'
        ? { number: pr.number, baseRef: pr.base?.ref ?? '', baseSha: pr.base?.sha, headRef: pr.head?.ref ?? '', headSha: pr.head?.sha }
        : undefined,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
}
