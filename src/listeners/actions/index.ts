import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { withReplyPath, type ButtonArgs } from './button.js';
import { changeDecision } from './change-decision.js';
import { acceptInvitation } from './decide-accept.js';
import { blockInvitation } from './decide-block.js';
import { declineInvitation } from './decide-decline.js';
import { ignoreInvitation } from './decide-ignore.js';
import { ignoredPage } from './ignored-page.js';
import { openSettings } from './open-settings.js';
import { cancelPrivacy, confirmForget, confirmForgetMe } from './privacy.js';
import { teammateVoice } from './teammate-voice.js';
import { thankYouOutcome } from './thank-you-outcome.js';

export function registerActions(app: App, services: AppServices): void {
  // Every button gets a way to answer, even from the Home tab, which has no response_url.
  const button = (actionId: string, handler: (args: ButtonArgs) => Promise<void>) =>
    app.action<BlockAction<ButtonAction>>(actionId, (args) => handler(withReplyPath(args)));
  button(ACTIONS.accept, acceptInvitation(services));
  button(ACTIONS.ignore, ignoreInvitation(services));
  button(ACTIONS.decline, declineInvitation(services));
  button(ACTIONS.block, blockInvitation(services));
  button(ACTIONS.changeDecision, changeDecision(services));
  button(ACTIONS.voiceKnows, teammateVoice(services, 'knows'));
  button(ACTIONS.voiceCaution, teammateVoice(services, 'caution'));
  button(ACTIONS.nudgeSent, thankYouOutcome(services, 'sent'));
  button(ACTIONS.nudgeSnooze, thankYouOutcome(services, 'snooze'));
  button(ACTIONS.nudgeSkip, thankYouOutcome(services, 'skip'));
  button(ACTIONS.ignoredPage, ignoredPage(services));
  button(ACTIONS.openSettings, openSettings(services));
  button(ACTIONS.forgetConfirm, confirmForget(services));
  button(ACTIONS.forgetMeConfirm, confirmForgetMe(services));
  button(ACTIONS.privacyCancel, cancelPrivacy());
}
