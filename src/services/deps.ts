import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { DecisionEventsRepo } from '../db/decision-events-repo.js';
import type { InsightsRepo } from '../db/insights-repo.js';
import type { InvitationsRepo } from '../db/invitations-repo.js';
import type { NudgesRepo } from '../db/nudges-repo.js';
import type { PrivacyRepo } from '../db/privacy-repo.js';
import type { Db } from '../db/open.js';
import type { ReviewsRepo } from '../db/reviews-repo.js';
import type { SettingsRepo } from '../db/settings-repo.js';
import type { SlackUsersRepo } from '../db/slack-users-repo.js';
import type { VoicesRepo } from '../db/voices-repo.js';
import type { WriteBatcher } from '../db/write-batch.js';
import type { WorkingWindow } from '../domain/schedule.js';
import type { SlackUserDirectory } from './slack-users.js';

export interface Repos {
  invitations: InvitationsRepo;
  decisions: DecisionEventsRepo;
  nudges: NudgesRepo;
  slackUsers: SlackUsersRepo;
  voices: VoicesRepo;
  settings: SettingsRepo;
  reviews: ReviewsRepo;
  insights: InsightsRepo;
  privacy: PrivacyRepo;
}

/** Workspace-wide defaults for thank-you nudges; each person may set their own in Settings. */
export interface NudgeSettings {
  /** null: the next local morning. */
  thankYouDelayMinutes: number | null;
  workingWindow: WorkingWindow;
  /**
   * The longest wait between two thank-you sweeps (from REMINDER_CRON), so that a promised time
   * is one a sweep keeps inside working hours; the default schedule's five minutes when not given.
   */
  sweepGapMs?: number;
}

/** What the use cases need: storage, Slack, a clock and a logger, all passed in. */
export interface ServiceDeps {
  db: Db;
  repos: Repos;
  /** Group commit for the hot path's writes (a check and its card). */
  writes: WriteBatcher;
  client: WebClient;
  users: SlackUserDirectory;
  logger: Logger;
  clock: () => Date;
  settings: NudgeSettings;
  /** Called when a person's records change outside a decision (e.g. forgotten), to refresh their Home tab. */
  afterChange?: (teamId: string, userId: string) => Promise<void>;
}
