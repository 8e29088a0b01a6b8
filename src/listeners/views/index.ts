import type { AllMiddlewareArgs, App, SlackViewAction, SlackViewMiddlewareArgs } from '@slack/bolt';
import { VIEWS } from '../../views/ids.js';
import { exactly } from '../dispatch.js';
import type { AppServices } from '../services.js';
import type { ViewArgs } from './modal-context.js';
import { blockReasonSubmitted } from './block-reason-submitted.js';
import { changeDecisionSubmitted } from './change-decision-submitted.js';
import { editDetailsSubmitted } from './edit-details-submitted.js';
import { ignoreReasonSubmitted } from './ignore-reason-submitted.js';
import { invitationFormClosed } from './invitation-form-closed.js';
import { invitationFormSubmitted } from './invitation-form-submitted.js';
import { settingsSubmitted } from './settings-submitted.js';
import { voiceSubmitted } from './voice-submitted.js';

/** Bolt gives a submission its own ack (it can answer with errors); a close is acked with nothing. */
function isSubmission(args: SlackViewMiddlewareArgs<SlackViewAction> & AllMiddlewareArgs): args is ViewArgs {
  return args.body.type === 'view_submission';
}

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
  const closed = invitationFormClosed(services);
  // One listener for all our modals, submitted or closed (see dispatch.ts): no `type` constraint.
  app.view<SlackViewAction>({ callback_id: exactly(handlers.keys()) }, async (args) => {
    if (!isSubmission(args)) {
      // Only the invitation form asks to be told of a close.
      if (args.view.callback_id === VIEWS.invitationForm) await closed(args);
      else await args.ack();
      return;
    }
    const handler = handlers.get(args.view.callback_id);
    if (handler === undefined) {
      await args.ack();
      return;
    }
    await handler(args);
  });
}
