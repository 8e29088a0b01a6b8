import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { IGNORE_REASONS, ignoreReasonLabel } from '../../domain/ignore-reasons.js';
import { cleanMultiLine } from '../../domain/slack-text.js';
import { IGNORE_NOTE_MAX } from '../../views/ignore-modal.js';
import { INPUTS } from '../../views/ids.js';
import { isAppError } from '../../errors.js';
import { recordIdSchema, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { parseJson } from './invitation-form-submitted.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const REASON_CODES = IGNORE_REASONS.map((reason) => reason.code) as [string, ...string[]];

const reasonSchema = z.object({
  reason: z.enum(REASON_CODES).nullish().transform((code) => (code ? ignoreReasonLabel(code) : null)),
  note: z
    .string()
    .nullish()
    .transform((value) => (value ? cleanMultiLine(value, IGNORE_NOTE_MAX) : ''))
    .transform((value) => (value === '' ? null : value)),
});

const contextSchema = z.object({ invitationId: recordIdSchema });

/** The reason for an Ignore (optional): checked, then the decision is recorded and the card redrawn. */
export function ignoreReasonSubmitted(services: AppServices) {
  return async ({ ack, body, view, logger }: ViewArgs): Promise<void> => {
    const values = view.state.values;
    const input = reasonSchema.safeParse({
      reason: values[INPUTS.ignoreReason.block]?.[INPUTS.ignoreReason.action]?.selected_option?.value,
      note: values[INPUTS.ignoreNote.block]?.[INPUTS.ignoreNote.action]?.value,
    });
    const context = contextSchema.safeParse(parseJson(view.private_metadata));
    const teamId = teamIdOf(body);
    if (!input.success || !context.success || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.ignoreReason.block]: 'This form is out of date. Close it and click Ignore again.' } });
      return;
    }
    // Checked before closing the modal, so a refusal shows where the person is looking.
    try {
      services.invitations.invitationForOwner(teamId, context.data.invitationId, body.user.id);
    } catch (error) {
      // Modal errors are plain text: no mentions here.
      const message =
        isAppError(error) && error.code === 'not_owner'
          ? 'Only the person who checked this invitation can decide on it.'
          : isAppError(error)
            ? error.userMessage
            : 'Something went wrong; nothing was changed.';
      await ack({ response_action: 'errors', errors: { [INPUTS.ignoreReason.block]: message } });
      return;
    }
    await ack();
    try {
      await services.invitations.recordDecision({
        teamId,
        invitationId: context.data.invitationId,
        actorId: body.user.id,
        decision: 'ignored',
        reason: input.data.reason,
        note: input.data.note,
        responseUrl: null,
      });
    } catch (error) {
      logger.error('Recording an Ignore failed', error instanceof Error ? error : { error });
    }
  };
}
