import type { VoiceKind } from '../../domain/types.js';
import { voiceModal } from '../../views/voice-modal.js';
import { openModal } from '../open-modal.js';
import { replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, clickedCopy, type ButtonArgs } from './button.js';

/** I know them / Heads-up, for teammates: a small modal for their word and an optional note. */
export function teammateVoice(services: AppServices, preset: VoiceKind) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    const copy = clickedCopy(args, target.id);
    let found;
    try {
      found = services.voices.voiceTarget(target.teamId, target.id, body.user.id);
    } catch (error) {
      await replyWithError(respond, error, logger);
      // Decided meanwhile, maybe on the card's other copy: this one still showed the buttons.
      await services.invitations.showClickedCopy(target.teamId, target.id, copy);
      return;
    }
    const click = services.invitations.noteCardClick(found.invitation, copy);
    const current = found.current === null ? null : { kind: found.current.kind, note: found.current.note };
    const view = voiceModal({ invitationId: found.invitation.id }, found.invitation.name, preset, current);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click the button again' });
    // The copy clicked, noted just now as the card's place, may be behind a correction: shown as it stands.
    await services.invitations.showMovedOn(click);
  };
}
