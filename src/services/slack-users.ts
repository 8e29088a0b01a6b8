import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { SlackUsersRepo } from '../db/slack-users-repo.js';
import { describeSlackFailure } from './slack-errors.js';

/** Time zones and names change rarely; a day keeps users.info calls to a trickle. */
const PROFILE_TTL_MS = 24 * 60 * 60 * 1000;

export interface SlackUserProfile {
  /** IANA time zone from Slack, or null when Slack would not tell us. */
  tz: string | null;
  realName: string | null;
}

/** Slack says this person's account is deactivated or deleted. */
export class UserGoneError extends Error {
  readonly code = 'user_gone';
  constructor(userId: string) {
    super(`user ${userId} is deactivated`);
    this.name = 'UserGoneError';
  }
}

export type SlackUserDirectory = ReturnType<typeof createSlackUserDirectory>;

/**
 * Slack user facts the app needs (time zone, name, DM channel), cached in SQLite.
 * `profile` falls back to what we had, so a Slack hiccup never blocks a decision.
 */
export function createSlackUserDirectory(deps: { users: SlackUsersRepo; client: WebClient; logger: Logger }) {
  const { users, client, logger } = deps;

  /** The cached profile while it is younger than a day; null when Slack must be asked. */
  function cachedFreshProfile(teamId: string, userId: string, now: Date): SlackUserProfile | null {
    const cached = users.find(teamId, userId);
    if (cached === null || now.getTime() - cached.fetchedAt.getTime() >= PROFILE_TTL_MS) return null;
    return { tz: cached.tz, realName: cached.realName };
  }

  /** Asks Slack (users.info) and caches the answer; throws what Slack throws. */
  async function fetchProfile(teamId: string, userId: string, now: Date): Promise<SlackUserProfile> {
    const result = await client.users.info({ user: userId });
    if (result.user?.deleted === true) throw new UserGoneError(userId);
    const tz = result.user?.tz ?? null;
    const realName = result.user?.profile?.real_name || result.user?.real_name || result.user?.name || null;
    users.saveProfile({ teamId, userId, tz, realName, now });
    return { tz, realName };
  }

  /** Cached, else asked of Slack; throws what Slack throws (the sweep decides how to wait or retire). */
  async function freshProfile(teamId: string, userId: string, now: Date): Promise<SlackUserProfile> {
    return cachedFreshProfile(teamId, userId, now) ?? fetchProfile(teamId, userId, now);
  }

  /** Whatever we have cached, however old; null when we never heard of them. */
  function cachedProfile(teamId: string, userId: string): SlackUserProfile | null {
    const cached = users.find(teamId, userId);
    return cached === null || cached.fetchedAt.getTime() === 0 ? null : { tz: cached.tz, realName: cached.realName };
  }

  return {
    freshProfile,
    cachedFreshProfile,
    fetchProfile,
    cachedProfile,

    /** Never throws: a failed lookup falls back to what we had, or to "unknown". */
    async profile(teamId: string, userId: string, now: Date): Promise<SlackUserProfile> {
      try {
        return await freshProfile(teamId, userId, now);
      } catch (error) {
        logger.warn('users.info failed; using what we had', { teamId, userId, failure: describeSlackFailure(error) });
        return cachedProfile(teamId, userId) ?? { tz: null, realName: null };
      }
    },

    /** The DM channel we learnt earlier, or null: a post to the user ID reaches it without asking. */
    cachedDmChannel(teamId: string, userId: string): string | null {
      return users.find(teamId, userId)?.dmChannelId ?? null;
    },

    /**
     * Forgets a remembered DM channel that Slack answered `channel_not_found` for (the app was
     * reinstalled, say), so the next DM opens a fresh one instead of failing for ever.
     */
    forgetDmChannel(teamId: string, userId: string, channelId: string): void {
      users.clearDmChannel(teamId, userId, channelId);
      logger.info('A remembered DM channel is gone; the next DM opens a new one', { teamId, userId });
    },

    /** Remembers the DM channel Slack named in a reply (chat.update and later posts need it). */
    rememberDmChannel(teamId: string, userId: string, channelId: string): void {
      users.saveDmChannel(teamId, userId, channelId);
    },

    /** The app's DM channel with the user, opened once and remembered. Throws what Slack throws. */
    async dmChannel(teamId: string, userId: string): Promise<string> {
      const cached = users.find(teamId, userId)?.dmChannelId;
      if (cached) return cached;
      const result = await client.conversations.open({ users: userId });
      const channelId = result.channel?.id;
      if (!channelId) throw new Error('conversations.open returned no channel id');
      users.saveDmChannel(teamId, userId, channelId);
      return channelId;
    },
  };
}
