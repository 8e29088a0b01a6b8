import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '@slack/logger';

/** How long, and how many, delivery ids are remembered to recognise a repeat. */
const REPEAT_WINDOW_MS = 15 * 60 * 1000;
const REPEAT_KEYS_KEPT = 20_000;

/**
 * The id of one delivery: an event's event_id (kept when Slack retries it), or the trigger_id of
 * a command, click or submission (fresh for each one a person makes). Null when there is none.
 */
export function deliveryKey(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const fields = body as Record<string, unknown>;
  const team = (typeof fields.team_id === 'string' ? fields.team_id : null) ?? teamOf(fields.team) ?? '';
  if (fields.type === 'event_callback') return typeof fields.event_id === 'string' && fields.event_id !== '' ? `event:${fields.event_id}` : null;
  const trigger = typeof fields.trigger_id === 'string' && fields.trigger_id !== '' ? fields.trigger_id : null;
  if (trigger === null) return null;
  if (typeof fields.command === 'string') return `command:${team}:${trigger}`;
  if (typeof fields.type === 'string') return `${fields.type}:${team}:${trigger}`;
  return null;
}

function teamOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/** Keys seen within a window, at most `max` of them: `add` says whether the key is new. */
function recentKeys(windowMs: number, max: number) {
  const seen = new Map<string, number>();
  return {
    forget(key: string): void {
      seen.delete(key);
    },
    add(key: string, now: number): boolean {
      for (const [oldest, at] of seen) {
        if (now - at < windowMs && seen.size < max) break;
        seen.delete(oldest);
      }
      if (seen.has(key)) return false;
      seen.set(key, now);
      return true;
    },
  };
}

/**
 * The Socket Mode client's errors for an ack it could not send: the connection was closing or gone
 * (Slack asked for a new one, or it dropped). Read by their documented `code`, as slack-errors.ts does.
 */
const ACK_NOT_SENT = new Set(['slack_socket_mode_send_while_not_ready_error', 'slack_socket_mode_send_while_disconnected_error', 'slack_socket_mode_websocket_error']);

function isAckNotSent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && ACK_NOT_SENT.has(error.code);
}

/**
 * Global middleware: a delivery Slack (or a proxy) repeats is acknowledged and dropped before any
 * listener runs: a retried event, a command or click sent twice. Each carries its own id (see
 * deliveryKey). The database guards decisions anyway; this keeps forms and replies from repeating.
 *
 * A delivery whose ack never left (Socket Mode: the connection closed first) is not counted as
 * delivered: its listener stopped at the ack, before any work, and Slack sends it again on the next
 * connection, which must then be handled rather than dropped as a repeat.
 */
export function dropRepeatedDeliveries(logger: Logger): Middleware<AnyMiddlewareArgs> {
  const delivered = recentKeys(REPEAT_WINDOW_MS, REPEAT_KEYS_KEPT);
  return async (args) => {
    const key = deliveryKey(args.body);
    if (key !== null && !delivered.add(key, Date.now())) {
      logger.info('Dropped a repeated delivery', { kind: key.slice(0, key.indexOf(':')) });
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    try {
      await args.next();
    } catch (error) {
      if (key === null || !isAckNotSent(error)) throw error;
      delivered.forget(key);
      logger.warn('The Socket Mode connection closed before a request could be acknowledged; it is handled when Slack sends it again', {
        kind: key.slice(0, key.indexOf(':')),
      });
    }
  };
}
