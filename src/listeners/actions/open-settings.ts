import { settingsModal } from '../../views/settings-modal.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import type { ButtonArgs } from './button.js';

/** The Settings button on the Home tab. */
export function openSettings(services: AppServices) {
  return async ({ ack, body, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const teamId = teamIdOf(body);
    if (teamId === null) {
      await replyEphemeral(respond, 'Please open settings with `/invite-check settings`.', logger);
      return;
    }
    let view: ReturnType<typeof settingsModal>;
    try {
      view = settingsModal(services.settings.settingsModel(teamId, body.user.id));
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Settings again' });
  };
}
