import type { App, MessageShortcut } from '@slack/bolt';
import { SHORTCUTS } from '../../views/ids.js';
import type { AppServices } from '../services.js';
import { checkMessageShortcut } from './check-message.js';

export function registerShortcuts(app: App, services: AppServices): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: SHORTCUTS.checkMessage }, checkMessageShortcut(services));
}
