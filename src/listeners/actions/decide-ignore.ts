import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeSlackFailure, slackErrorCode } from '../../services/slack-errors.js';
import { ignoreReasonModal } from '../../views/ignore-modal.js';
import { recordIdSchema, replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { ephemeralResponseUrl } from './card-context.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Ignore on a card: asks the owner why, in a small modal; the decision is made on submit. */
export function ignoreInvitation(services: AppServices) {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const id = recordIdSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!id.success || teamId === null) {
      await replyEphemeral(respond, 'That button is out of date. Please check the invitation again.', logger);
      return;
    }
    let invitation;
    try {
      invitation = services.invitations.invitationForOwner(teamId, id.data, body.user.id);
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    if (invitation.status !== 'pending') {
      const message = services.invitations.alreadyDecidedMessage(invitation, 'ignored');
      if (message !== null) await replyEphemeral(respond, message, logger);
      return;
    }
    const responseUrl = ephemeralResponseUrl(body);
    if (responseUrl !== null) services.invitations.rememberResponseUrl(teamId, invitation.id, responseUrl);
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: ignoreReasonModal({ invitationId: invitation.id }, invitation.name) });
    } catch (error) {
      logger.warn('Could not open the ignore form', { failure: describeSlackFailure(error) });
      const text =
        slackErrorCode(error) === 'expired_trigger_id'
          ? 'Slack took too long to open the form. Please click Ignore again.'
          : "I couldn't open the form just now. Please click Ignore again in a moment.";
      await replyEphemeral(respond, text, logger);
    }
  };
}
