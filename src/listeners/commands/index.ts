import type { App } from '@slack/bolt';
import type { AppServices } from '../services.js';
import { inviteCheckCommand } from './invite-check.js';

export const COMMAND = '/invite-check';

export function registerCommands(app: App, services: AppServices): void {
  app.command(COMMAND, inviteCheckCommand(services));
}
