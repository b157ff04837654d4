import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { readEventContext } from '../github/context.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { redact } from '../security/redact.js';
import { emitAnnotations } from './annotations.js';
import { shouldFail, summarize, type FailOn } from './finding.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './report.js';

export interface PublishOptions {
  failOn: FailOn;
  /** Post or update the sticky PR comment (pull_request events with a token only). */
  comment: boolean;
  token: string | undefined;
  /** Where the JSON report goes; defaults to RUNNER_TEMP or the working directory. */
  reportDir?: string;
}

export interface PublishResult {
  failed: boolean;
  reportPath: string;
  comment?: 'created' | 'updated' | 'skipped';
}

/**
 * Render one report to every action sink: annotations, job summary, outputs (errors, warnings,
 * notices, report), the sticky PR comment, and the failing status.
 */
export async function publishReport(report: Report, opts: PublishOptions): Promise<PublishResult> {
  const s = summarize(report.findings);
  const { omitted } = emitAnnotations(report.findings);
  if (omitted) core.info(`${omitted} more finding(s) than GitHub shows as annotations: all are in the job summary.`);

  const markdown = redact(renderMarkdown(report));
  await core.summary.addRaw(markdown, true).write();

  const dir = opts.reportDir ?? process.env.RUNNER_TEMP ?? process.cwd();
  mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, `migration-gates-${report.tool}.json`);
  writeFileSync(reportPath, redact(renderJson(report)));

  core.setOutput('errors', s.errors);
  core.setOutput('warnings', s.warnings);
  core.setOutput('notices', s.notices);
  core.setOutput('report', reportPath);

  let comment: PublishResult['comment'] = 'skipped';
  const ctx = readEventContext();
  if (opts.comment && ctx.pullRequest && ctx.repository) {
    if (!opts.token) {
      core.warning('comment is true but github-token is empty: no PR comment posted (pass github-token: ${{ github.token }} and permissions: pull-requests: write)');
    } else {
      try {
        const r = await upsertStickyComment({ token: opts.token, repository: ctx.repository, issueNumber: ctx.pullRequest.number, key: report.tool, body: markdown });
        comment = r.action;
        core.info(`PR comment ${r.action} (id ${r.id}).`);
      } catch (err) {
        // A missing permission must not hide the findings: they are already in the summary.
        core.warning(`could not post the PR comment: ${redact(err instanceof Error ? err.message : String(err))}. Grant "permissions: pull-requests: write" to the job.`);
      }
    }
  }

  const failed = shouldFail(s, opts.failOn);
  if (failed) core.setFailed(`${report.title}: ${s.errors} error(s), ${s.warnings} warning(s) (fail-on: ${opts.failOn})`);
  return { failed, reportPath, comment };
}
