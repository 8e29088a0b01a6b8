import type { App, ViewSubmitAction } from '@slack/bolt';
import { VIEWS } from '../../views/ids.js';
import { exactly } from '../dispatch.js';
import type { AppServices } from '../services.js';
import type { ViewArgs } from './modal-context.js';
import { blockReasonSubmitted } from './block-reason-submitted.js';
import { changeDecisionSubmitted } from './change-decision-submitted.js';
import { editDetailsSubmitted } from './edit-details-submitted.js';
import { ignoreReasonSubmitted } from './ignore-reason-submitted.js';
import { invitationFormSubmitted } from './invitation-form-submitted.js';
import { settingsSubmitted } from './settings-submitted.js';
import { voiceSubmitted } from './voice-submitted.js';

export function registerViews(app: App, services: AppServices): void {
  const handlers = new Map<string, (args: ViewArgs) => Promise<void>>([
    [VIEWS.invitationForm, invitationFormSubmitted(services)],
    [VIEWS.editDetails, editDetailsSubmitted(services)],
    [VIEWS.ignoreReason, ignoreReasonSubmitted(services)],
    [VIEWS.blockReason, blockReasonSubmitted(services)],
    [VIEWS.changeDecision, changeDecisionSubmitted(services)],
    [VIEWS.voice, voiceSubmitted(services)],
    [VIEWS.settings, settingsSubmitted(services)],
  ]);
  // One listener for all our modals (see dispatch.ts).
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: exactly(handlers.keys()) }, async (args) => {
    const handler = handlers.get(args.view.callback_id);
    if (handler === undefined) {
      await args.ack();
      return;
    }
    await handler(args);
  });
}
