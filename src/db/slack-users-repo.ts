import type { Db } from './open.js';

export interface CachedSlackUser {
  teamId: string;
  userId: string;
  tz: string | null;
  realName: string | null;
  dmChannelId: string | null;
  fetchedAt: Date;
}

interface SlackUserRow {
  team_id: string;
  user_id: string;
  tz: string | null;
  real_name: string | null;
  dm_channel_id: string | null;
  fetched_at: number;
}

export type SlackUsersRepo = ReturnType<typeof createSlackUsersRepo>;

/** What users.info and conversations.open told us, so we ask Slack once rather than per message. */
export function createSlackUsersRepo(db: Db) {
  const get = db.prepare('SELECT * FROM slack_users WHERE team_id = ? AND user_id = ?');
  const upsertProfile = db.prepare(`
    INSERT INTO slack_users (team_id, user_id, tz, real_name, fetched_at) VALUES (@teamId, @userId, @tz, @realName, @now)
    ON CONFLICT (team_id, user_id) DO UPDATE SET tz = excluded.tz, real_name = excluded.real_name, fetched_at = excluded.fetched_at`);
  const upsertDm = db.prepare(`
    INSERT INTO slack_users (team_id, user_id, dm_channel_id, fetched_at) VALUES (@teamId, @userId, @channelId, 0)
    ON CONFLICT (team_id, user_id) DO UPDATE SET dm_channel_id = excluded.dm_channel_id`);
  const clearDm = db.prepare('UPDATE slack_users SET dm_channel_id = NULL WHERE team_id = ? AND user_id = ? AND dm_channel_id = ?');

  return {
    find(teamId: string, userId: string): CachedSlackUser | null {
      const row = get.get(teamId, userId) as SlackUserRow | undefined;
      if (row === undefined) return null;
      return {
        teamId: row.team_id,
        userId: row.user_id,
        tz: row.tz,
        realName: row.real_name,
        dmChannelId: row.dm_channel_id,
        fetchedAt: new Date(row.fetched_at),
      };
    },
    saveProfile(input: { teamId: string; userId: string; tz: string | null; realName: string | null; now: Date }): void {
      upsertProfile.run({ ...input, now: input.now.getTime() });
    },
    saveDmChannel(teamId: string, userId: string, channelId: string): void {
      upsertDm.run({ teamId, userId, channelId });
    },
    /** Forgets a DM channel Slack no longer knows; a newer one saved meanwhile is kept. */
    clearDmChannel(teamId: string, userId: string, channelId: string): void {
      clearDm.run(teamId, userId, channelId);
    },
  };
}
