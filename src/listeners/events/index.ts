import type { App } from '@slack/bolt';
import type { AppServices } from '../services.js';
import { appHomeOpened } from './app-home-opened.js';

export function registerEvents(app: App, services: AppServices): void {
  app.event('app_home_opened', appHomeOpened(services));
}
