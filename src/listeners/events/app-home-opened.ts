import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppServices } from '../services.js';

type HomeOpenedArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

/** The Home tab is drawn fresh each time someone opens it. */
export function appHomeOpened(services: AppServices) {
  return async ({ event, body, context }: HomeOpenedArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? body.team_id;
    if (!teamId) return;
    // Opened: the links to its cards are worth a short wait (see HOME_LINKS_WAIT_MS).
    await services.insights.publishHome(teamId, event.user, 'wait');
  };
}
