import type { Logger } from '@slack/logger';
import type { Respond } from '../services/respond.js';
import { describeSlackFailure } from '../services/slack-errors.js';
import { mrkdwn } from '../views/format.js';
import { reviewMessage } from '../views/review-message.js';
import type { AppServices } from './services.js';

export const NOTHING_TO_REVIEW =
  ':sparkles: Nothing to review right now: no invitation has been waiting for days, no thank-you is owed, and nothing was decided this week.';

/** The review as it stands now, or a short "all caught up". */
export function currentReview(services: AppServices, teamId: string, userId: string) {
  const review = services.insights.review(teamId, userId, services.clock());
  return review === null ? { text: NOTHING_TO_REVIEW, blocks: [{ type: 'section' as const, text: mrkdwn(NOTHING_TO_REVIEW) }] } : reviewMessage(review);
}

/** After a decision made from a review, the review message is redrawn so it no longer offers it. */
export async function redrawReview(services: AppServices, respond: Respond, teamId: string, userId: string, logger: Logger): Promise<void> {
  try {
    await respond({ replace_original: true, ...currentReview(services, teamId, userId) });
  } catch (error) {
    logger.warn('Could not redraw the review', { failure: describeSlackFailure(error) });
  }
}
