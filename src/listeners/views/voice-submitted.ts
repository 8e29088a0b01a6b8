import { z } from 'zod';
import { cleanSingleLine } from '../../domain/slack-text.js';
import { INPUTS, WITHDRAW_VOICE } from '../../views/ids.js';
import { VOICE_CHOICE_LABEL, VOICE_NOTE_MAX } from '../../views/voice-modal.js';
import { teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { ackModalOnceSaved, answeredFormGone, inputValue, invitationIdOf, keepModalOpen, OUT_OF_DATE, refusalText, tellSubmitterNotSaved, type ViewArgs } from './modal-context.js';

const kindSchema = z.enum(['knows', 'caution', WITHDRAW_VOICE]);

/** A teammate's word: saved (or withdrawn), then the card and its recommendation are redrawn. */
export function voiceSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view } = args;
    // Forgotten, or its details removed, since the form opened: nothing to check or save, only to close.
    if (await answeredFormGone(services, args)) return;
    const kind = kindSchema.safeParse(inputValue(view.state.values, INPUTS.voiceKind)?.selected_option?.value);
    if (!kind.success) {
      await ack({ response_action: 'errors', errors: { [INPUTS.voiceKind.block]: 'Pick one: you know them, or a heads-up.' } });
      return;
    }
    const invitationId = invitationIdOf(view);
    const teamId = teamIdOf(body);
    if (invitationId === null || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.voiceKind.block]: OUT_OF_DATE } });
      return;
    }
    try {
      services.voices.voiceTarget(teamId, invitationId, body.user.id);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [INPUTS.voiceKind.block]: refusalText(error) } });
      return;
    }
    // Closed once stored: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    const note = cleanSingleLine(inputValue(view.state.values, INPUTS.voiceNote)?.value ?? '', VOICE_NOTE_MAX);
    try {
      await services.voices.saveVoice({
        teamId,
        invitationId,
        userId: body.user.id,
        kind: kind.data === WITHDRAW_VOICE ? 'withdraw' : kind.data,
        note: note === '' ? null : note,
        whenStored: acker.saved,
      });
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, "Saving a teammate's word", INPUTS.voiceKind.block)) return;
      await tellSubmitterNotSaved(args, error, "Saving a teammate's word", {
        what: kind.data === WITHDRAW_VOICE ? 'the withdrawal of your word' : 'your word about this person',
        entered: [
          { label: 'Your word', value: VOICE_CHOICE_LABEL[kind.data] },
          { label: 'Note', value: note },
        ],
        nextStep: 'The card is as it was. Try *I know them* or *Heads-up* on it again in a moment.',
      });
    } finally {
      await acker.saved();
    }
  };
}
