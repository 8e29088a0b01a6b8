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
 * Global middleware: a delivery Slack (or a proxy) repeats is acknowledged and dropped before any
 * listener runs: a retried event, a command or click sent twice. Each carries its own id (see
 * deliveryKey). The database guards decisions anyway; this keeps forms and replies from repeating.
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
    await args.next();
  };
}
