import type { Logger } from '@slack/logger';
import type { InsightsService } from '../services/insights.js';
import type { InvitationService } from '../services/invitations/index.js';
import type { MentionNameService } from '../services/mention-names.js';
import type { PrivacyService } from '../services/privacy.js';
import type { SettingsService } from '../services/settings.js';
import type { ThankYouService } from '../services/thank-yous.js';
import type { VoiceService } from '../services/voices.js';

/** What listeners call: the use cases, plus a few facts about the deployment. */
export interface AppServices {
  invitations: InvitationService;
  voices: VoiceService;
  thankYous: ThankYouService;
  insights: InsightsService;
  settings: SettingsService;
  privacy: PrivacyService;
  /** Names for people a message mentions by id (Check this invitation). */
  mentionNames: MentionNameService;
  /** Shown in help: how long details of ignored people are kept. */
  retentionDays: number;
  logger: Logger;
  clock: () => Date;
  /** Origins whose response_url we will post to when it comes back to us inside private_metadata. */
  trustedResponseOrigins: ReadonlySet<string>;
  /** How long a request that stores typed input waits for its commit before it is acked anyway (see ack-once-saved.ts). */
  ackWaitMs: number;
}
