import type { App, ViewSubmitAction } from '@slack/bolt';
import { VIEWS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { ignoreReasonSubmitted } from './ignore-reason-submitted.js';
import { invitationFormSubmitted } from './invitation-form-submitted.js';

export function registerViews(app: App, services: AppServices): void {
  app.view<ViewSubmitAction>(VIEWS.invitationForm, invitationFormSubmitted(services));
  app.view<ViewSubmitAction>(VIEWS.ignoreReason, ignoreReasonSubmitted(services));
}
