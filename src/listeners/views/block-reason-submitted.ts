import { cleanMultiLine } from '../../domain/slack-text.js';
import { BLOCK_REASON_MAX } from '../../views/decision-modals.js';
import { INPUTS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { ackModalOnceSaved, answeredFormGone, inputValue, keepModalOpen, ownerModalTarget, stillPending, tellSubmitterNotSaved, type ViewArgs } from './modal-context.js';

/** Block, with an optional reason: checked, then recorded; the card says so loudly from now on. */
export function blockReasonSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { body, view } = args;
    // Forgotten, or its details removed, since the form opened: nothing to check or save, only to close.
    if (await answeredFormGone(services, args)) return;
    const reason = cleanMultiLine(inputValue(view.state.values, INPUTS.blockReason)?.value ?? '', BLOCK_REASON_MAX);
    const target = await ownerModalTarget(services, args, INPUTS.blockReason.block);
    const typed = {
      what: 'your Block',
      decision: { verb: 'block', status: 'blocked' as const },
      entered: [{ label: 'Reason', value: reason }],
      stored: { reason: reason === '' ? null : reason, note: null },
    };
    if (target === null || !(await stillPending(args, target, INPUTS.blockReason.block, typed))) return;
    const { teamId, invitationId } = target;
    // Closed once stored: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    try {
      const outcome = await services.invitations.recordDecision({
        teamId,
        invitationId,
        actorId: body.user.id,
        decision: 'blocked',
        ...typed.stored,
        responseUrl: null,
        whenStored: acker.saved,
      });
      if (outcome.kind === 'decided' && outcome.card !== 'redrawn') {
        await services.invitations.tellOwner(outcome.invitation, services.invitations.cardNotUpdatedMessage(outcome.invitation, outcome.card));
      }
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Recording a Block', INPUTS.blockReason.block)) return;
      await tellSubmitterNotSaved(args, error, 'Recording a Block', {
        what: typed.what,
        entered: typed.entered,
        nextStep: 'The invitation is still undecided. Try *Block* on the card again in a moment.',
      });
    } finally {
      await acker.saved();
    }
  };
}
