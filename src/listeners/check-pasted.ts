import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { InvitationFields, ParseResult } from '../domain/types.js';
import type { CheckRequest } from '../services/invitations/index.js';
import { reopenFormValue } from '../views/unsaved-input.js';
import type { AppServices } from './services.js';
import { tellInputNotSaved } from './unsaved-input.js';

/**
 * Whether the conversation a payload names is a group DM: Slack names those `mpdm-…` (in a message
 * shortcut's channel and a command's channel_name alike). Not a G… id alone: older private
 * channels have those too, and there /invite works.
 */
export function isGroupDm(channelName: string | null | undefined): boolean {
  return typeof channelName === 'string' && channelName.startsWith('mpdm-');
}

/** The form's notice when a paste could not be read in full: why, and what to do. */
export function unreadNotice(parsed: Extract<ParseResult, { ok: false }>): string {
  return `${parsed.reason} Fill in what's missing and I'll check it.`;
}

/**
 * Checks an invitation read from text someone sent (a command, a message), after the ack. When
 * it cannot be saved, the person gets back what they sent and the form filled in with what was read.
 */
export async function checkPastedInvitation(
  services: AppServices,
  input: {
    client: WebClient;
    logger: Logger;
    request: Omit<CheckRequest, 'fields' | 'source'>;
    invitation: InvitationFields;
    /** What the person sent, as they would read it, and what to call it. */
    sent: { label: string; text: string };
    /** What failed, for the log. */
    failed: string;
    nextStep: string;
    /** Runs before the person is told it could not be saved (a command not acked yet is acked). */
    beforeTelling?: () => Promise<void>;
  },
): Promise<void> {
  const { request } = input;
  try {
    await services.invitations.checkInvitation({ ...request, fields: input.invitation, source: null });
  } catch (error) {
    await input.beforeTelling?.();
    await tellInputNotSaved({
      client: input.client,
      logger: input.logger,
      userId: request.ownerId,
      responseUrl: request.responseUrl,
      error,
      failed: input.failed,
      message: {
        what: 'this check',
        entered: [{ label: input.sent.label, value: input.sent.text }],
        reopenValue: reopenFormValue(request.channelId, input.invitation, { threadTs: request.threadTs ?? null, inGroupDm: request.inGroupDm ?? false }),
        nextStep: input.nextStep,
      },
    });
  }
}
