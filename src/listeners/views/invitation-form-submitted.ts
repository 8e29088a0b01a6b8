import { z } from 'zod';
import { INPUTS } from '../../views/ids.js';
import { reopenFormValue } from '../../views/unsaved-input.js';
import { slackChannelId, slackTs, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { tellInputNotSaved } from '../unsaved-input.js';
import { enteredInForm, readInvitationForm } from './invitation-form-fields.js';
import { ackModalOnceSaved, keepModalOpen, parseJson, trustedResponseUrl, type ViewArgs } from './modal-context.js';

const contextSchema = z.object({
  channelId: slackChannelId,
  responseUrl: z.string().max(500).nullable(),
  threadTs: slackTs.nullish(),
  inGroupDm: z.boolean().optional(),
});

/** The invitation form: validated here (errors shown beside the fields), then checked like a pasted one. */
export function invitationFormSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view, client, logger } = args;
    const form = readInvitationForm(view.state.values);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const context = contextSchema.safeParse(parseJson(view.private_metadata));
    const teamId = teamIdOf(body);
    if (!context.success || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.name.block]: 'This form is out of date. Close it and run /invite-check again.' } });
      return;
    }
    const { fields, source } = form;
    const responseUrl = trustedResponseUrl(context.data.responseUrl, services.trustedResponseOrigins);
    // The form closes once the check is stored: a failure before then keeps it open, filled in.
    const acker = ackModalOnceSaved(args, services);
    try {
      await services.invitations.checkInvitation({
        teamId,
        ownerId: body.user.id,
        channelId: context.data.channelId,
        fields,
        source,
        requestKey: `view:${view.id}`,
        responseUrl,
        threadTs: context.data.threadTs ?? null,
        inGroupDm: context.data.inGroupDm === true,
        whenStored: acker.saved,
      });
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Checking an invitation from the form', INPUTS.name.block)) return;
      await tellInputNotSaved({
        client,
        logger,
        userId: body.user.id,
        responseUrl,
        error,
        failed: 'Checking an invitation from the form',
        message: {
          what: 'the invitation you entered',
          entered: enteredInForm(fields, source),
          reopenValue: reopenFormValue(context.data.channelId, { ...fields, source }, { threadTs: context.data.threadTs ?? null, inGroupDm: context.data.inGroupDm === true }),
          nextStep: 'Use *Open the form again* in a moment: it comes back filled in, ready to check.',
        },
      });
    } finally {
      await acker.saved();
    }
  };
}
