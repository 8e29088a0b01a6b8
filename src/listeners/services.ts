import type { Logger } from '@slack/logger';
import type { InvitationService } from '../services/invitations.js';
import type { ThankYouService } from '../services/thank-yous.js';

/** What listeners call: the use cases, plus a few facts about the deployment. */
export interface AppServices {
  invitations: InvitationService;
  thankYous: ThankYouService;
  logger: Logger;
  /** Origins whose response_url we will post to when it comes back to us inside private_metadata. */
  trustedResponseOrigins: ReadonlySet<string>;
}
