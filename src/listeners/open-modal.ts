import type { Logger } from '@slack/logger';
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Respond } from '../services/respond.js';
import { describeSlackFailure, slackErrorCode } from '../services/slack-errors.js';
import { formNotOpenedMessage } from '../views/unsaved-input.js';
import { replyEphemeral } from './reply.js';

/**
 * Opens a modal with a trigger_id, which Slack honours for three seconds only: callers do this
 * right after the ack, before any slow work. If Slack refuses, the person is told how to retry.
 */
export async function openModal(input: {
  client: WebClient;
  triggerId: string;
  view: ModalView;
  respond: Respond;
  logger: Logger;
  /** What to do again, e.g. "run the command again". */
  tryAgain: string;
  /** The text the person sent with the command that asked for this form: given back if it cannot open. */
  sent?: string | null;
}): Promise<void> {
  try {
    await input.client.views.open({ trigger_id: input.triggerId, view: input.view });
  } catch (error) {
    input.logger.warn('Could not open a modal', { callbackId: input.view.callback_id, failure: describeSlackFailure(error) });
    const text =
      slackErrorCode(error) === 'expired_trigger_id'
        ? `Slack took too long to open the form. Please ${input.tryAgain}.`
        : `I couldn't open the form just now. Please ${input.tryAgain} in a moment.`;
    await replyEphemeral(input.respond, input.sent ? formNotOpenedMessage(text, input.sent) : text, input.logger);
  }
}
