import { z } from 'zod';
import { FIELD_LIMITS, invitationModal, MAX_MUTUAL_CONNECTIONS } from '../../views/invitation-modal.js';
import { reopenFormPayload } from '../../views/unsaved-input.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, slackChannelId, slackTs } from '../reply.js';
import { parseJson } from '../views/modal-context.js';
import type { ButtonArgs } from './button.js';

const line = (max: number) => z.string().max(max).optional();

/** What reopenFormValue (views/unsaved-input.ts) puts in the button. */
const payloadSchema = z.object({
  c: slackChannelId,
  f: z.object({
    name: line(FIELD_LIMITS.name),
    headline: line(FIELD_LIMITS.headline),
    company: line(FIELD_LIMITS.company),
    profileUrl: line(FIELD_LIMITS.profileUrl),
    mutualConnections: z.number().int().min(0).max(MAX_MUTUAL_CONNECTIONS).optional(),
    note: line(FIELD_LIMITS.note),
    source: line(FIELD_LIMITS.source),
  }),
  x: z.literal(1).optional(),
  t: slackTs.optional(),
  g: z.literal(1).optional(),
});

/** "Open the form again" under a check that could not be saved: the form, filled in as it was. */
export function reopenInvitationForm() {
  return async ({ ack, body, action, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const json = reopenFormPayload(action.value ?? '');
    const payload = payloadSchema.safeParse(json === null ? null : parseJson(json));
    if (!payload.success) {
      await replyEphemeral(respond, 'That button no longer works. Run `/invite-check` again for a fresh form.', logger);
      return;
    }
    const { c: channelId, f: fields, x: noteLeftOut, t: threadTs, g: groupDm } = payload.data;
    const notice =
      noteLeftOut !== 1
        ? 'Here is what you entered before. Press Check when it looks right.'
        : Object.keys(fields).length > 0
          ? 'Here is what you entered before, except their note, which was too long to bring back: copy it from my message, where it is whole.'
          : 'What you entered was too long to bring back here: copy it from my message, where it is whole.';
    const view = invitationModal({ channelId, responseUrl: null, threadTs: threadTs ?? null, inGroupDm: groupDm === 1 }, fields, notice);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Open the form again' });
  };
}
