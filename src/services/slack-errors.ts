// Reading the WebClient's errors by their documented `code`, not by class identity, so a second
// copy of @slack/web-api in node_modules cannot break the checks.

/** The Slack platform error string (`not_in_channel`, `expired_trigger_id` …), or null. */
export function slackErrorCode(error: unknown): string | null {
  if (!isObject(error) || error.code !== 'slack_webapi_platform_error') return null;
  const data = error.data;
  return isObject(data) && typeof data.error === 'string' ? data.error : null;
}

/**
 * True when no answer came from Slack (a timeout, a dropped or refused connection), as opposed to
 * an answer that says no: the call may have reached Slack all the same.
 */
export function slackDidNotAnswer(error: unknown): boolean {
  return isObject(error) && error.code === 'slack_webapi_request_error';
}

/** Seconds Slack asked us to wait (HTTP 429), or null when this was not a rate limit. */
export function rateLimitRetryAfter(error: unknown): number | null {
  if (!isObject(error) || error.code !== 'slack_webapi_rate_limited_error') return null;
  return typeof error.retryAfter === 'number' && Number.isFinite(error.retryAfter) ? error.retryAfter : 1;
}

/**
 * Slack's answers that mean a message can never be changed: it or its channel is gone, archived
 * or frozen, or no longer ours to edit. Anything else may pass, and is tried again later.
 */
export const MESSAGE_BEYOND_REACH: ReadonlySet<string> = new Set([
  'message_not_found',
  'channel_not_found',
  'is_archived',
  'is_inactive',
  'cant_update_message',
  'edit_window_closed',
  'not_in_channel',
]);

/** Slack's answers that say Slack itself, or the app's token, is failing, rather than the message asked about. */
export const SLACK_SIDE_FAILURES: ReadonlySet<string> = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/**
 * A rate limit told as an answer rather than an HTTP 429: chat.postMessage's `ratelimited` (an app
 * posting too many messages), `rate_limited` elsewhere. It passes.
 */
export const RATE_LIMIT_ANSWERS: ReadonlySet<string> = new Set(['ratelimited', 'rate_limited']);

/** A short description for logs: the Slack error code or the error's message, never a payload. */
export function describeSlackFailure(error: unknown): string {
  const platform = slackErrorCode(error);
  if (platform !== null) return platform;
  const retryAfter = rateLimitRetryAfter(error);
  if (retryAfter !== null) return `ratelimited (retry after ${retryAfter}s)`;
  if (isObject(error) && error.code === 'slack_webapi_http_error' && typeof error.statusCode === 'number') {
    return `http_${error.statusCode}`;
  }
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}

/**
 * Slack says these users can no longer receive anything from us. Not `account_inactive`: Slack
 * means by it that the app's own token belongs to a deleted user or workspace (an app disabled, then
 * enabled again), so it is a failure of ours, like `invalid_auth`, and what was due stays due.
 */
export const GONE_USER_ERRORS: ReadonlySet<string> = new Set(['user_not_found', 'user_disabled', 'cannot_dm_bot']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
