import type { AllMiddlewareArgs, SlackViewAction, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { respondVia } from '../../services/respond.js';
import { describeSlackFailure } from '../../services/slack-errors.js';
import { formClosedMessage, reopenFormValue } from '../../views/unsaved-input.js';
import { slackChannelId, slackTs } from '../reply.js';
import type { AppServices } from '../services.js';
import { invitationFormAsLeft } from './invitation-form-fields.js';
import { parseJson, trustedResponseUrl } from './modal-context.js';

/** A close reaches the listener all modals share; only its view and an empty ack are needed. */
export type ViewClosedArgs = Pick<SlackViewMiddlewareArgs<SlackViewAction> & AllMiddlewareArgs, 'view' | 'logger'> & { ack: () => Promise<void> };

const contextSchema = z.object({
  channelId: slackChannelId,
  responseUrl: z.string().max(500).nullable(),
  sent: z.string().min(1),
  sentCut: z.boolean().optional(),
  threadTs: slackTs.nullish(),
  inGroupDm: z.boolean().optional(),
});

/**
 * The invitation form, opened because a paste could not be read in full, was closed: the person
 * gets what they pasted back beside the command, and a button that opens the form as they left it.
 * Only such forms ask to be told of a close (notify_on_close); a blank form closes quietly.
 */
export function invitationFormClosed(services: AppServices) {
  return async ({ ack, view, logger }: ViewClosedArgs): Promise<void> => {
    await ack();
    const context = contextSchema.safeParse(parseJson(view.private_metadata));
    if (!context.success) return;
    const responseUrl = trustedResponseUrl(context.data.responseUrl, services.trustedResponseOrigins);
    if (responseUrl === null) return;
    const reopen = reopenFormValue(context.data.channelId, invitationFormAsLeft(view.state.values), {
      threadTs: context.data.threadTs ?? null,
      inGroupDm: context.data.inGroupDm === true,
    });
    try {
      await respondVia(responseUrl)({ response_type: 'ephemeral', ...formClosedMessage(context.data.sent, context.data.sentCut === true, reopen) });
    } catch (error) {
      logger.warn('Could not give back what was sent after the form was closed', { failure: describeSlackFailure(error) });
    }
  };
}
