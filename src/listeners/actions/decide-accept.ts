import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { redrawReview } from '../review.js';
import { buttonTarget, clickedInReview, recordClickedDecision, redrawHomeBehind, reviewDmOf, type ButtonArgs } from './button.js';

/** Accept on a card: only the owner; a second click changes nothing. */
export function acceptInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    try {
      const outcome = await recordClickedDecision(services, args, target, 'accepted');
      if (outcome.kind === 'unchanged') {
        const message = services.invitations.alreadyDecidedMessage(outcome.invitation, 'accepted');
        if (message !== null) await replyEphemeral(respond, message, logger);
        await redrawHomeBehind(services, args, target.teamId);
      } else if (outcome.card !== 'redrawn') {
        await replyEphemeral(respond, services.invitations.cardNotUpdatedText(outcome.invitation, outcome.card), logger);
      }
      if (clickedInReview(args)) await redrawReview(services, respond, target.teamId, body.user.id, logger, reviewDmOf(body));
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
