import type { Logger } from '@slack/logger';
import { mentionName, type MentionNames } from '../domain/mention-names.js';
import { describeSlackFailure } from './slack-errors.js';
import { settledWithin } from './settled-within.js';
import type { SlackUserDirectory } from './slack-users.js';

/** At most this many users.info calls for the mentions in one message; others read "@someone". */
export const MENTION_LOOKUPS_MAX = 5;
/** At most this many mentions in one message are looked for at all (in the cache, or of Slack). */
export const MENTIONS_READ_MAX = 20;
/**
 * How long a check waits for the names it asked Slack for. A message shortcut's form must open
 * within about 3 s of the click (its trigger expires), so this stays well short of that.
 */
export const MENTION_NAMES_WAIT_MS = 1500;

// Slack's user ids (U…, and W… on Enterprise Grid); a bot's B… or anything else is nobody to ask about.
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

export type MentionNameService = ReturnType<typeof createMentionNameService>;

/**
 * Names for the people a message mentions by id, for the card of an invitation read from it: from
 * the cache of users.info answers (a day fresh, as for time zones), else asked of Slack, a few at
 * a time and never for long. `users` should be on a client that hands a 429 back at once: a name
 * is not worth waiting out a rate limit for. Never throws: what is not known reads "@someone".
 */
export function createMentionNameService(deps: { users: SlackUserDirectory; logger: Logger; clock: () => Date; waitMs?: number }) {
  const { users, logger, clock } = deps;
  const waitMs = deps.waitMs ?? MENTION_NAMES_WAIT_MS;

  /** The name we have for a user, however old; null when we have none. */
  function anyCachedName(teamId: string, userId: string): string | null {
    try {
      return mentionName(users.cachedProfile(teamId, userId)?.realName);
    } catch {
      return null;
    }
  }

  return {
    /** Each id in `userIds` with its person's name, or null for "@someone". */
    async namesOf(teamId: string, userIds: readonly string[]): Promise<MentionNames> {
      const names = new Map<string, string | null>(userIds.map((id) => [id, null]));
      const now = clock();
      const ask: string[] = [];
      try {
        for (const id of userIds.filter((candidate) => USER_ID.test(candidate)).slice(0, MENTIONS_READ_MAX)) {
          const fresh = users.cachedFreshProfile(teamId, id, now);
          if (fresh !== null) names.set(id, mentionName(fresh.realName));
          else if (ask.length < MENTION_LOOKUPS_MAX) ask.push(id);
          else names.set(id, anyCachedName(teamId, id));
        }
      } catch (error) {
        logger.warn('Could not read cached names for mentions; they read "@someone"', { teamId, error: describeSlackFailure(error) });
        return names;
      }
      if (ask.length === 0) return names;

      const failures: string[] = [];
      let settled = 0;
      // Each lookup settles, whatever happens; one answering after the wait still caches its name.
      const lookups = Promise.all(
        ask.map(async (id) => {
          try {
            names.set(id, mentionName((await users.fetchProfile(teamId, id, now)).realName));
          } catch (error) {
            failures.push(describeSlackFailure(error));
            names.set(id, anyCachedName(teamId, id));
          } finally {
            settled += 1;
          }
        }),
      );
      const inTime = await settledWithin(lookups, waitMs);
      if (!inTime || failures.length > 0) {
        logger.warn('Some names of mentioned people could not be had from Slack; they read "@someone" or as cached', {
          teamId,
          asked: ask.length,
          failed: failures.length,
          unanswered: ask.length - settled,
          failure: failures[0] ?? 'no answer in time',
        });
      }
      // What was known when the wait ended: a later answer changes nothing shown.
      return new Map(names);
    },
  };
}
