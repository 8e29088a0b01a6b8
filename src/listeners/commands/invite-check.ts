import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { routeCommandText } from '../../domain/command-text.js';
import { parseSlackCommandText } from '../../domain/parse-invitation.js';
import type { PartialInvitationFields } from '../../domain/types.js';
import type { Respond } from '../../services/respond.js';
import { describeSlackFailure, slackErrorCode } from '../../services/slack-errors.js';
import { helpMessage } from '../../views/help.js';
import { invitationModal } from '../../views/invitation-modal.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/invite-check`: help, the form, or a pasted invitation to check. */
export function inviteCheckCommand(services: AppServices) {
  return async ({ ack, command, client, respond, logger }: CommandArgs): Promise<void> => {
    const route = routeCommandText(command.text ?? '');
    if (route.kind === 'help' || route.kind === 'unknown') {
      await ack({ response_type: 'ephemeral', ...helpMessage(command.command, route.kind === 'unknown' ? route.word : null) });
      return;
    }
    await ack();
    const context = { channelId: command.channel_id, responseUrl: command.response_url };
    if (route.kind === 'form') {
      await openForm(client, command.trigger_id, context, {}, null, respond, logger);
      return;
    }
    const parsed = parseSlackCommandText(command.text);
    if (!parsed.ok) {
      const notice = `${parsed.reason} Fill in what's missing and I'll check it.`;
      await openForm(client, command.trigger_id, context, parsed.found, notice, respond, logger);
      return;
    }
    try {
      await services.invitations.checkInvitation({
        teamId: command.team_id,
        ownerId: command.user_id,
        channelId: command.channel_id,
        fields: parsed.invitation,
        source: null,
        requestKey: `command:${command.trigger_id}`,
        responseUrl: command.response_url,
      });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}

/** Opens the invitation form. The trigger_id lives three seconds, so this runs before any slow work. */
async function openForm(
  client: WebClient,
  triggerId: string,
  context: { channelId: string; responseUrl: string },
  prefill: PartialInvitationFields,
  notice: string | null,
  respond: Respond,
  logger: Logger,
): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: invitationModal(context, prefill, notice) });
  } catch (error) {
    logger.warn('Could not open the invitation form', { failure: describeSlackFailure(error) });
    const text =
      slackErrorCode(error) === 'expired_trigger_id'
        ? 'Slack took too long to open the form. Please run the command again.'
        : "I couldn't open the form just now. Please try again, or paste the invitation after the command.";
    await replyEphemeral(respond, text, logger);
  }
}
