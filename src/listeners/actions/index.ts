import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../views/ids.js';
import { exactly } from '../dispatch.js';
import type { AppServices } from '../services.js';
import { withReplyPath, type ButtonArgs } from './button.js';
import { changeDecision } from './change-decision.js';
import { acceptInvitation } from './decide-accept.js';
import { blockInvitation } from './decide-block.js';
import { declineInvitation } from './decide-decline.js';
import { ignoreInvitation } from './decide-ignore.js';
import { editDetails } from './edit-details.js';
import { ignoredPage } from './ignored-page.js';
import { openSettings } from './open-settings.js';
import { reopenInvitationForm } from './reopen-invitation-form.js';
import { cancelPrivacy, confirmForget, confirmForgetMe } from './privacy.js';
import { teammateVoice } from './teammate-voice.js';
import { thankYouOutcome } from './thank-you-outcome.js';

export function registerActions(app: App, services: AppServices): void {
  const handlers = new Map<string, (args: ButtonArgs) => Promise<void>>([
    [ACTIONS.accept, acceptInvitation(services)],
    [ACTIONS.ignore, ignoreInvitation(services)],
    [ACTIONS.decline, declineInvitation(services)],
    [ACTIONS.block, blockInvitation(services)],
    [ACTIONS.changeDecision, changeDecision(services)],
    [ACTIONS.editDetails, editDetails(services)],
    [ACTIONS.voiceKnows, teammateVoice(services, 'knows')],
    [ACTIONS.voiceCaution, teammateVoice(services, 'caution')],
    [ACTIONS.nudgeSent, thankYouOutcome(services, 'sent')],
    [ACTIONS.nudgeSnooze, thankYouOutcome(services, 'snooze')],
    [ACTIONS.nudgeSkip, thankYouOutcome(services, 'skip')],
    [ACTIONS.ignoredPage, ignoredPage(services)],
    [ACTIONS.openSettings, openSettings(services)],
    [ACTIONS.forgetConfirm, confirmForget(services)],
    [ACTIONS.forgetMeConfirm, confirmForgetMe(services)],
    [ACTIONS.privacyCancel, cancelPrivacy()],
    [ACTIONS.reopenInvitationForm, reopenInvitationForm()],
  ]);
  // One listener for all our buttons (see dispatch.ts).
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: exactly(handlers.keys()) }, async (args) => {
    const handler = handlers.get(args.action.action_id);
    if (handler === undefined) {
      await args.ack();
      return;
    }
    // Every button gets a way to answer, even from the Home tab, which has no response_url.
    await handler(withReplyPath(args));
  });
}
