import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { recordIdSchema, replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { ephemeralResponseUrl } from './card-context.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Accept on a card: only the owner; a second click changes nothing. */
export function acceptInvitation(services: AppServices) {
  return async ({ ack, body, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const id = recordIdSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!id.success || teamId === null) {
      await replyEphemeral(respond, 'That button is out of date. Please check the invitation again.', logger);
      return;
    }
    try {
      const outcome = await services.invitations.recordDecision({
        teamId,
        invitationId: id.data,
        actorId: body.user.id,
        decision: 'accepted',
        reason: null,
        note: null,
        responseUrl: ephemeralResponseUrl(body),
      });
      if (outcome.kind === 'unchanged') {
        const message = services.invitations.alreadyDecidedMessage(outcome.invitation, 'accepted');
        if (message !== null) await replyEphemeral(respond, message, logger);
      }
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
