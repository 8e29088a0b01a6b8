import type { Logger } from '@slack/logger';
import type { ReviewDm } from '../services/insights.js';
import type { Respond } from '../services/respond.js';
import { describeSlackFailure } from '../services/slack-errors.js';
import type { AppServices } from './services.js';

/**
 * After a decision made from a review, the review message is redrawn so it no longer offers it.
 * `dm` is that message, when known: the names it shows now are noted, for a later forgetting.
 */
export async function redrawReview(
  services: AppServices,
  respond: Respond,
  teamId: string,
  userId: string,
  logger: Logger,
  dm: ReviewDm | null = null,
): Promise<void> {
  try {
    await respond({ replace_original: true, ...services.insights.currentReview(teamId, userId, dm) });
  } catch (error) {
    logger.warn('Could not redraw the review', { failure: describeSlackFailure(error) });
  }
}
