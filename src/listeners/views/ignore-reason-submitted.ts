import { z } from 'zod';
import { IGNORE_REASONS, ignoreReasonLabel } from '../../domain/ignore-reasons.js';
import { cleanMultiLine } from '../../domain/slack-text.js';
import type { ReviewDm } from '../../services/insights.js';
import { respondVia } from '../../services/respond.js';
import { IGNORE_NOTE_MAX } from '../../views/ignore-modal.js';
import { INPUTS } from '../../views/ids.js';
import { slackChannelId, slackTs } from '../reply.js';
import { redrawReview } from '../review.js';
import type { AppServices } from '../services.js';
import { ackModalOnceSaved, answeredFormGone, inputValue, keepModalOpen, OUT_OF_DATE, ownerModalTarget, parseJson, responseUrlIn, stillPending, tellSubmitterNotSaved, type ViewArgs } from './modal-context.js';

const reviewContext = z.object({ review: z.object({ channelId: slackChannelId, ts: slackTs }) });

/** The review message Ignore… was clicked in, as the modal carries it; null when not known. */
function reviewDmIn(view: ViewArgs['view']): ReviewDm | null {
  const parsed = reviewContext.safeParse(parseJson(view.private_metadata));
  return parsed.success ? parsed.data.review : null;
}

const REASON_CODES = IGNORE_REASONS.map((reason) => reason.code) as [string, ...string[]];

const reasonSchema = z.object({
  reason: z.enum(REASON_CODES).nullish().transform((code) => (code ? ignoreReasonLabel(code) : null)),
  note: z
    .string()
    .nullish()
    .transform((value) => (value ? cleanMultiLine(value, IGNORE_NOTE_MAX) : ''))
    .transform((value) => (value === '' ? null : value)),
});

/** The reason for an Ignore (optional): checked, then the decision is recorded and the card (and the review it came from) redrawn. */
export function ignoreReasonSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view } = args;
    // Forgotten, or its details removed, since the form opened: nothing to check or save, only to close.
    if (await answeredFormGone(services, args)) return;
    const values = view.state.values;
    const input = reasonSchema.safeParse({
      reason: inputValue(values, INPUTS.ignoreReason)?.selected_option?.value,
      note: inputValue(values, INPUTS.ignoreNote)?.value,
    });
    if (!input.success) {
      await ack({ response_action: 'errors', errors: { [INPUTS.ignoreReason.block]: OUT_OF_DATE } });
      return;
    }
    const target = await ownerModalTarget(services, args, INPUTS.ignoreReason.block);
    const typed = {
      what: 'your Ignore',
      decision: { verb: 'ignore', status: 'ignored' as const },
      entered: [
        { label: 'Reason', value: input.data.reason },
        { label: 'Note', value: input.data.note },
      ],
      stored: { reason: input.data.reason, note: input.data.note },
    };
    if (target === null || !(await stillPending(args, target, INPUTS.ignoreReason.block, typed))) return;
    const { teamId, invitationId } = target;
    // Closed once stored: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    try {
      const outcome = await services.invitations.recordDecision({
        teamId,
        invitationId,
        actorId: body.user.id,
        decision: 'ignored',
        ...typed.stored,
        responseUrl: null,
        whenStored: acker.saved,
      });
      if (outcome.kind === 'decided' && outcome.card !== 'redrawn') {
        await services.invitations.tellOwner(outcome.invitation, services.invitations.cardNotUpdatedMessage(outcome.invitation, outcome.card));
      }
      const review = responseUrlIn(view, 'reviewResponseUrl', services.trustedResponseOrigins);
      if (review !== null) await redrawReview(services, respondVia(review), teamId, body.user.id, args.logger, reviewDmIn(view));
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Recording an Ignore', INPUTS.ignoreReason.block)) return;
      await tellSubmitterNotSaved(args, error, 'Recording an Ignore', {
        what: typed.what,
        entered: typed.entered,
        nextStep: 'The invitation is still undecided. Try *Ignore* on the card again in a moment.',
      });
    } finally {
      await acker.saved();
    }
  };
}
