import type { SubCommand } from '../../domain/command-text.js';
import { ignoredListMessage } from '../../views/ignored-list.js';
import { settingsModal } from '../../views/settings-modal.js';
import { exportSentMessage, forgetConfirmMessage, forgetMeConfirmMessage, forgetNothingMessage } from '../../views/privacy.js';
import { statsMessage } from '../../views/stats-message.js';
import { describeSlackFailure, slackErrorCode } from '../../services/slack-errors.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, replyWithError } from '../reply.js';
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
        const view = settingsModal(services.settings.settingsModel(teamId, userId), payload.response_url);
        await openModal({ client, triggerId: payload.trigger_id, view, respond, logger, tryAgain: 'run the command again' });
        return;
      }
      case 'ignored':
        await respond({ response_type: 'ephemeral', ...ignoredListMessage(services.insights.ignoredList(teamId, userId, 1)) });
        return;
      case 'review':
        await respond({ response_type: 'ephemeral', ...services.insights.currentReview(teamId, userId) });
        return;
      case 'stats':
        await respond({ response_type: 'ephemeral', ...statsMessage(await services.insights.stats(teamId, userId, services.clock())) });
        return;
      case 'forget-me':
        await respond({ response_type: 'ephemeral', ...forgetMeConfirmMessage(services.privacy.footprint(teamId, userId)) });
        return;
      case 'export':
        await sendExport(services, args);
        return;
    }
  } catch (error) {
    await replyWithError(respond, error, logger);
  }
}

/** `/invite-check forget <profile URL or name>`: shows what would be forgotten and asks first. */
export async function askToForget(services: AppServices, args: CommandArgs, person: string): Promise<void> {
  const { command, respond, logger } = args;
  try {
    const found = services.privacy.findPerson(command.team_id, command.user_id, person);
    const message = found.checks.length === 0 ? forgetNothingMessage(found.label) : forgetConfirmMessage(found.label, found.checks);
    await respond({ response_type: 'ephemeral', ...message });
  } catch (error) {
    await replyWithError(respond, error, logger);
  }
}

async function sendExport(services: AppServices, { command, respond, logger }: CommandArgs): Promise<void> {
  try {
    const sent = await services.privacy.sendExport(command.team_id, command.user_id);
    await respond({ response_type: 'ephemeral', ...exportSentMessage(sent) });
  } catch (error) {
    logger.warn('Export failed', { failure: describeSlackFailure(error) });
    const text =
      slackErrorCode(error) === 'missing_scope'
        ? "I can't send files yet: the app needs the files:write permission. Ask whoever manages the app to reinstall it from the latest manifest."
        : "I couldn't send your export just now. Please try again in a moment.";
    await replyEphemeral(respond, text, logger);
  }
}
