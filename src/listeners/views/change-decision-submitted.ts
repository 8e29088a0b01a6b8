import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { cleanMultiLine } from '../../domain/slack-text.js';
import { DECISIONS, type Decision } from '../../domain/types.js';
import { respondVia } from '../../services/respond.js';
import { describeSlackFailure } from '../../services/slack-errors.js';
import { CHANGE_REASON_MAX } from '../../views/decision-modals.js';
import { DECISION_CHOICE_LABEL, STATUS_LABEL } from '../../views/blocks.js';
import { declineMessage } from '../../views/decline-message.js';
import { ignoredListAfterChange } from '../../views/ignored-list.js';
import { INPUTS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { ackModalOnceSaved, answeredFormGone, inputValue, keepModalOpen, ownerModalTarget, parseJson, responseUrlIn, tellSubmitterNotSaved, type ViewArgs } from './modal-context.js';

const decisionSchema = z.enum(DECISIONS, { error: 'Pick the new decision.' });
const openedFromSchema = z.object({ from: z.enum(DECISIONS) });

/** The decision the form was opened to change; null for a form from before it said. */
function openedFrom(view: ViewArgs['view']): Decision | null {
  const parsed = openedFromSchema.safeParse(parseJson(view.private_metadata));
  return parsed.success ? parsed.data.from : null;
}

/** Change decision: a new dated step in the history; the thank-you nudge follows the change. */
export function changeDecisionSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view } = args;
    // Forgotten, or its details removed, since the form opened: nothing to check or save, only to close.
    if (await answeredFormGone(services, args)) return;
    const decision = decisionSchema.safeParse(inputValue(view.state.values, INPUTS.newDecision)?.selected_option?.value);
    if (!decision.success) {
      await ack({ response_action: 'errors', errors: { [INPUTS.newDecision.block]: 'Pick the new decision.' } });
      return;
    }
    const target = await ownerModalTarget(services, args, INPUTS.newDecision.block);
    if (target === null) return;
    const reason = cleanMultiLine(inputValue(view.state.values, INPUTS.changeReason)?.value ?? '', CHANGE_REASON_MAX);
    // Changed meanwhile (a second form, another device): this form offered to change something else.
    const from = openedFrom(view);
    if (from !== null && target.status !== from) {
      if (target.status === decision.data && (reason === '' || target.decisionReason === reason)) {
        // This very form, delivered again (a restart before its answer reached Slack) after it was
        // saved, or the same change made elsewhere: it stands as asked, so there is nothing to refuse.
        await ack();
        args.logger.info('A change of decision already stands as submitted', { status: target.status });
        return;
      }
      const now = target.status === 'pending' ? 'waiting for a decision' : STATUS_LABEL[target.status];
      await ack({
        response_action: 'errors',
        errors: { [INPUTS.newDecision.block]: `This invitation was changed since you opened this form: it is now ${now}. Close it and use Change decision again.` },
      });
      return;
    }
    const { teamId, invitationId } = target;
    // Closed once stored: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    try {
      const outcome = await services.invitations.changeDecision({
        teamId,
        invitationId,
        actorId: body.user.id,
        decision: decision.data,
        reason: reason === '' ? null : reason,
        note: null,
        responseUrl: null,
        whenStored: acker.saved,
      });
      // Changed from the ignored list: what the owner is told goes beside it, where they are
      // looking (the card may be in another channel), and the list is redrawn.
      const list = responseUrlIn(view, 'listResponseUrl', services.trustedResponseOrigins);
      const tell = async (message: { text: string; blocks: KnownBlock[] }): Promise<void> => {
        if (list !== null) {
          try {
            await respondVia(list)({ response_type: 'ephemeral', replace_original: false, ...message });
            return;
          } catch (error) {
            args.logger.warn('Could not answer beside the ignored list; telling the owner beside the card', { failure: describeSlackFailure(error) });
          }
        }
        if (outcome.kind === 'decided') await services.invitations.tellOwner(outcome.invitation, message);
      };
      if (outcome.kind === 'decided' && outcome.declineDraft !== null) await tell(declineMessage(outcome.invitation.name, outcome.declineDraft));
      if (outcome.kind === 'decided' && outcome.card !== 'redrawn') await tell(services.invitations.cardNotUpdatedMessage(outcome.invitation, outcome.card));
      if (list !== null && outcome.kind === 'decided') {
        const message = ignoredListAfterChange(services.insights.ignoredList(teamId, body.user.id, 1), outcome.invitation);
        await respondVia(list)({ replace_original: true, ...message }).catch((error: unknown) => {
          args.logger.warn('Could not redraw the ignored list', { failure: describeSlackFailure(error) });
        });
      }
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Changing a decision', INPUTS.newDecision.block)) return;
      await tellSubmitterNotSaved(args, error, 'Changing a decision', {
        what: 'your change of decision',
        entered: [
          { label: 'New decision', value: DECISION_CHOICE_LABEL[decision.data] },
          { label: 'Why', value: reason },
        ],
        nextStep: 'The earlier decision stands. Try *Change decision* on the card again in a moment.',
      });
    } finally {
      await acker.saved();
    }
  };
}
