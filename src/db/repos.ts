import type { Repos } from '../services/deps.js';
import { createDecisionEventsRepo } from './decision-events-repo.js';
import { createInsightsRepo } from './insights-repo.js';
import { createInvitationsRepo } from './invitations-repo.js';
import { createNudgesRepo } from './nudges-repo.js';
import type { Db } from './open.js';
import { createPrivacyRepo } from './privacy-repo.js';
import { createReviewsRepo } from './reviews-repo.js';
import { createSettingsRepo } from './settings-repo.js';
import { createSlackUsersRepo } from './slack-users-repo.js';
import { createVoicesRepo } from './voices-repo.js';

/** Every repository over one connection; statements are prepared once, here. */
export function createRepos(db: Db): Repos {
  return {
    invitations: createInvitationsRepo(db),
    decisions: createDecisionEventsRepo(db),
    nudges: createNudgesRepo(db),
    slackUsers: createSlackUsersRepo(db),
    voices: createVoicesRepo(db),
    settings: createSettingsRepo(db),
    reviews: createReviewsRepo(db),
    insights: createInsightsRepo(db),
    privacy: createPrivacyRepo(db),
  };
}
