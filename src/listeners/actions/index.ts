import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { acceptInvitation } from './decide-accept.js';
import { ignoreInvitation } from './decide-ignore.js';
import { thankYouOutcome } from './thank-you-outcome.js';

export function registerActions(app: App, services: AppServices): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.accept, acceptInvitation(services));
  app.action<BlockAction<ButtonAction>>(ACTIONS.ignore, ignoreInvitation(services));
  app.action<BlockAction<ButtonAction>>(ACTIONS.nudgeSent, thankYouOutcome(services, 'sent'));
  app.action<BlockAction<ButtonAction>>(ACTIONS.nudgeSnooze, thankYouOutcome(services, 'snooze'));
  app.action<BlockAction<ButtonAction>>(ACTIONS.nudgeSkip, thankYouOutcome(services, 'skip'));
}
