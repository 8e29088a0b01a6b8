import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { DecisionEventsRepo } from '../db/decision-events-repo.js';
import type { InvitationsRepo } from '../db/invitations-repo.js';
import type { NudgesRepo } from '../db/nudges-repo.js';
import type { Db } from '../db/open.js';
import type { SlackUsersRepo } from '../db/slack-users-repo.js';
import type { WorkingWindow } from '../domain/schedule.js';
import type { SlackUserDirectory } from './slack-users.js';

export interface Repos {
  invitations: InvitationsRepo;
  decisions: DecisionEventsRepo;
  nudges: NudgesRepo;
  slackUsers: SlackUsersRepo;
}

/** Workspace-wide defaults for thank-you nudges (people get their own in a later release). */
export interface NudgeSettings {
  /** null: the next local morning. */
  thankYouDelayMinutes: number | null;
  workingWindow: WorkingWindow;
}

/** What the use cases need: storage, Slack, a clock and a logger, all passed in. */
export interface ServiceDeps {
  db: Db;
  repos: Repos;
  client: WebClient;
  users: SlackUserDirectory;
  logger: Logger;
  clock: () => Date;
  settings: NudgeSettings;
}
