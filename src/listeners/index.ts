import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import type { AppServices } from './services.js';
import { registerViews } from './views/index.js';

export function registerListeners(app: App, services: AppServices): void {
  registerCommands(app, services);
  registerActions(app, services);
  registerViews(app, services);
  registerEvents(app, services);
  registerShortcuts(app, services);
}
