/**
 * Settings opened from the Home tab's button and saved: the save shows on the Home tab, the only
 * place that path can show it (there is no channel to answer in). The real app over a real SQLite
 * file, signed requests, and the Slack stand-in.
 */
import type { HomeView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidHomeView, collectMrkdwn } from '../support/block-kit.js';
import { openedView } from '../support/calls.js';
import { checkboxesValue, eventCallbackBody, plainTextValue, staticSelectValue, timepickerValue } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function openHome(): Promise<HomeView> {
  const before = standIn.calls('views.publish').length;
  await app.send(eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } }), {
    headers: { 'content-type': 'application/json' },
  });
  return publishedSince(before);
}

function publishedSince(before: number): HomeView {
  const published = standIn.calls('views.publish').slice(before);
  expect(published.map((call) => call.args.user_id)).toEqual([OWNER]);
  const view = published[0]?.args.view as HomeView;
  assertValidHomeView(view);
  return view;
}

/** The settings summary under the greeting and its Settings button. */
function summary(view: HomeView): string {
  const block = view.blocks[2];
  return block?.type === 'context' ? collectMrkdwn(block).join('\n') : '';
}

describe('settings saved from the Home tab', () => {
  it('show on the Home tab it redraws', async () => {
    const home = await openHome();
    expect(summary(home)).toContain('*Your focus:* none yet.');

    await app.click({ user_id: OWNER, action_id: ACTIONS.openSettings, value: 'settings', view: { id: 'V0HOMETAB01', type: 'home' } });
    const opened = openedView(standIn.calls('views.open').at(-1));
    expect(opened.callback_id).toBe(VIEWS.settings);
    const before = standIn.calls('views.publish').length;
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.settings,
      private_metadata: opened.private_metadata,
      values: {
        [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('Fintech, <Climate> & energy') },
        [INPUTS.focusRoles.block]: { [INPUTS.focusRoles.action]: plainTextValue('Data engineer') },
        [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(null) },
        [INPUTS.focusText.block]: { [INPUTS.focusText.action]: plainTextValue(null) },
        [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('08:00') },
        [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('16:00') },
        [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4']) },
        [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('1440') },
        [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
      },
    });

    // No command to answer beside: the redrawn Home tab is the confirmation.
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(summary(publishedSince(before))).toBe(
      '*Your focus:* industries: Fintech, &lt;Climate&gt; &amp; energy · roles: Data engineer\n' +
        '*When I may message you:* 08:00–16:00, Mon–Thu · thank-you reminders: a day later · weekly review: off',
    );
    // And so it stays when the tab is opened again.
    expect(summary(await openHome())).toContain('industries: Fintech, &lt;Climate&gt; &amp; energy');
  });
});
