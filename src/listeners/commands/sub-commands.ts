import type { SubCommand } from '../../domain/command-text.js';
import { ignoredListMessage } from '../../views/ignored-list.js';
import { settingsModal } from '../../views/settings-modal.js';
import { statsMessage } from '../../views/stats-message.js';
import { openModal } from '../open-modal.js';
import { replyWithError } from '../reply.js';
import { currentReview } from '../review.js';
import type { AppServices } from '../services.js';
import type { CommandArgs } from './invite-check.js';

/** `/invite-check settings | ignored | review | stats`, after the ack. */
export async function runSubCommand(services: AppServices, args: CommandArgs, command: SubCommand): Promise<void> {
  const { command: payload, client, respond, logger } = args;
  const teamId = payload.team_id;
  const userId = payload.user_id;
  try {
    switch (command) {
      case 'settings': {
        const view = settingsModal(services.settings.settingsModel(teamId, userId));
        await openModal({ client, triggerId: payload.trigger_id, view, respond, logger, tryAgain: 'run the command again' });
        return;
      }
      case 'ignored':
        await respond({ response_type: 'ephemeral', ...ignoredListMessage(services.insights.ignoredList(teamId, userId, 1)) });
        return;
      case 'review':
        await respond({ response_type: 'ephemeral', ...currentReview(services, teamId, userId) });
        return;
      case 'stats':
        await respond({ response_type: 'ephemeral', ...statsMessage(await services.insights.stats(teamId, userId, services.clock())) });
        return;
    }
  } catch (error) {
    await replyWithError(respond, error, logger);
  }
}
