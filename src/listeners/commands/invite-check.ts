import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { routeCommandText } from '../../domain/command-text.js';
import { parseSlackCommandText } from '../../domain/parse-invitation.js';
import { cleanMultiLine, decodeSlackText } from '../../domain/slack-text.js';
import type { InvitationFields, PartialInvitationFields } from '../../domain/types.js';
import { helpMessage } from '../../views/help.js';
import { forgetWhoMessage } from '../../views/privacy.js';
import { invitationModal } from '../../views/invitation-modal.js';
import { ackOnceSaved } from '../ack-once-saved.js';
import { checkPastedInvitation, isGroupDm, unreadNotice } from '../check-pasted.js';
import { openModal } from '../open-modal.js';
import type { AppServices } from '../services.js';
import { askToForget, runSubCommand } from './sub-commands.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/invite-check`: help, the form, or a pasted invitation to check. */
export function inviteCheckCommand(services: AppServices) {
  return async (args: CommandArgs): Promise<void> => {
    const { ack, command } = args;
    const route = routeCommandText(command.text ?? '');
    if (route.kind === 'help' || route.kind === 'unknown') {
      const unknown = route.kind === 'unknown' ? route : null;
      await ack({ response_type: 'ephemeral', ...helpMessage(command.command, unknown?.word ?? null, services.retentionDays, unknown?.suggestion ?? null) });
      return;
    }
    if (route.kind === 'forgetWho') {
      await ack({ response_type: 'ephemeral', ...forgetWhoMessage(command.command) });
      return;
    }
    if (route.kind === 'check') {
      const parsed = parseSlackCommandText(command.text);
      if (parsed.ok) {
        await checkBeforeAck(services, args, parsed.invitation);
        return;
      }
      await ack();
      await openForm(args, parsed.found, commandNotice(command.command, command.text, unreadNotice(parsed)), decodeSlackText(command.text));
      return;
    }
    await ack();
    // Let the event loop answer the other requests already waiting before this one's work.
    await nextTurn();
    if (route.kind === 'sub') {
      await runSubCommand(services, args, route.command);
      return;
    }
    if (route.kind === 'forget') {
      await askToForget(services, args, route.person);
      return;
    }
    await openForm(args, {}, null);
  };
}

/** At most this many words on one line, read as no invitation, may be a command mistyped. */
const COMMAND_LIKE_WORDS = 4;

/**
 * The form's notice for command text read as no invitation. A few words on one line ("show
 * ignored", "remove me") are more likely a command mistyped than an invitation: the notice also
 * says where the commands are, so the form that opened is not the only way on.
 */
function commandNotice(command: string, text: string, notice: string): string {
  if (text.length > 200 || text.includes('\n') || text.trim().split(/\s+/).length > COMMAND_LIKE_WORDS) return notice;
  return `${notice} Meant one of my commands? \`${command} help\` lists them.`;
}

/**
 * A pasted invitation, read in full: stored, then acked (see ack-once-saved.ts), then its card
 * posted. Slack never sends a command again, so a paste acked before its commit could be lost.
 */
async function checkBeforeAck(services: AppServices, args: CommandArgs, invitation: InvitationFields): Promise<void> {
  const { ack, command, client, logger } = args;
  const acker = ackOnceSaved(ack, { waitMs: services.ackWaitMs, logger });
  try {
    await checkPastedInvitation(services, {
      client,
      logger,
      request: {
        teamId: command.team_id,
        ownerId: command.user_id,
        channelId: command.channel_id,
        requestKey: `command:${command.trigger_id}`,
        responseUrl: command.response_url,
        // Slack names a group DM "mpdm-…": nobody can add the app there with /invite.
        inGroupDm: isGroupDm(command.channel_name),
        whenStored: acker.saved,
      },
      invitation,
      sent: { label: 'What you sent', text: decodeSlackText(command.text) },
      failed: 'Checking a pasted invitation',
      nextStep: 'Send it again in a moment, or use *Open the form again*: it comes back filled in with what I read.',
      // A paste that could not be stored is told beside the command, after a plain ack.
      beforeTelling: acker.saved,
    });
  } finally {
    await acker.saved();
  }
}

function openForm(
  { client, command, respond, logger }: CommandArgs,
  prefill: PartialInvitationFields,
  notice: string | null,
  sent: string | null = null,
): Promise<void> {
  // What was sent comes back if the form is closed unchecked (see invitation-form-closed.ts):
  // cleaned of control and invisible characters, as everything we send Slack is.
  const context = {
    channelId: command.channel_id,
    responseUrl: command.response_url,
    sent: sent === null ? null : cleanMultiLine(sent, 20_000),
    inGroupDm: isGroupDm(command.channel_name),
  };
  const view = invitationModal(context, prefill, notice);
  return openModal({ client, triggerId: command.trigger_id, view, respond, logger, tryAgain: 'run the command again', sent });
}
