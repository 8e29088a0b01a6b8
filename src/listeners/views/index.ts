import type { App, ViewSubmitAction } from '@slack/bolt';
import { VIEWS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { blockReasonSubmitted } from './block-reason-submitted.js';
import { changeDecisionSubmitted } from './change-decision-submitted.js';
import { ignoreReasonSubmitted } from './ignore-reason-submitted.js';
import { invitationFormSubmitted } from './invitation-form-submitted.js';
import { settingsSubmitted } from './settings-submitted.js';
import { voiceSubmitted } from './voice-submitted.js';

export function registerViews(app: App, services: AppServices): void {
  app.view<ViewSubmitAction>(VIEWS.invitationForm, invitationFormSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.ignoreReason, ignoreReasonSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.blockReason, blockReasonSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.changeDecision, changeDecisionSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.voice, voiceSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.settings, settingsSubmitted(services));
}
