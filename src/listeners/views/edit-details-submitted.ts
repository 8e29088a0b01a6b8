import { INPUTS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { enteredInForm, readInvitationForm } from './invitation-form-fields.js';
import { ackModalOnceSaved, answeredFormGone, keepModalOpen, ownerModalTarget, tellSubmitterNotSaved, type ViewArgs } from './modal-context.js';

/** Edit details: the same checks as the invitation form, then the correction is stored and the card redrawn. */
export function editDetailsSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view } = args;
    // Forgotten, or its details removed, since the form opened: nothing to check or save, only to close.
    if (await answeredFormGone(services, args)) return;
    const form = readInvitationForm(view.state.values);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const target = await ownerModalTarget(services, args, INPUTS.name.block, 'edit');
    if (target === null) return;
    // Closed once stored: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    const { fields, source } = form;
    try {
      const outcome = await services.invitations.editDetails({
        teamId: target.teamId,
        invitationId: target.invitationId,
        actorId: body.user.id,
        fields,
        source,
        whenStored: acker.saved,
      });
      if (outcome.card !== 'redrawn') {
        await services.invitations.tellOwner(outcome.invitation, services.invitations.correctionNotShownMessage(outcome.invitation, outcome.card));
      }
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Correcting an invitation', INPUTS.name.block)) return;
      await tellSubmitterNotSaved(args, error, 'Correcting an invitation', {
        what: 'your corrections',
        entered: enteredInForm(fields, source),
        nextStep: 'The invitation shows what I read before. Try *Edit details* on the card again in a moment.',
      });
    } finally {
      await acker.saved();
    }
  };
}
