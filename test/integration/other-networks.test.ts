import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { invitationFormValues, type InvitationFormFields } from '../support/invitation-form.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// An invitation from XING, the network most used in German-speaking countries, checked through
// the form with "Another network" as its source: its profile URL is taken, linked on the card, and
// recognises the person on a later check; a profile on any other site is refused beside the field.

const MAX: InvitationFormFields = {
  name: 'Max Mustermann',
  headline: 'Head of Sales',
  company: 'Nordwind GmbH',
  profileUrl: 'https://www.xing.com/profile/Max_Mustermann/cv?sc_o=mxb_p',
  mutualConnections: '3',
  note: 'Hallo Sam, wir haben uns auf dem Meetup in Hamburg getroffen.',
  source: 'Another network',
};
const CANONICAL = 'https://www.xing.com/profile/Max_Mustermann';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/Berlin', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** Opens the form with /invite-check alone, then submits it filled in. */
async function submitForm(fields: InvitationFormFields) {
  const opened = standIn.calls('views.open').length;
  await app.command('', { triggerId: `111.222.form-${opened}`, responseUrlId: `form-${opened}` });
  const form = openedView(standIn.calls('views.open').at(opened));
  expect(form.callback_id).toBe(VIEWS.invitationForm);
  return app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: invitationFormValues(fields) });
}

function storedProfiles(): unknown[] {
  return app.db.prepare('SELECT profile_url AS profileUrl, source FROM invitations ORDER BY id').all();
}

describe('the form, with a XING profile URL', () => {
  it('takes it with "Another network" as the source, stores its canonical form and posts a card that links it', async () => {
    const answer = await submitForm(MAX);

    expect(answer.status).toBe(200);
    expect(answer.json).toBeNull(); // acked: the modal closes
    expect(storedProfiles()).toEqual([{ profileUrl: CANONICAL, source: 'Another network' }]);
    const card = standIn.calls('chat.postMessage').at(-1);
    expect(card?.args.channel).toBe(CHANNEL);
    assertValidMessage(card?.args ?? {});
    assertNoForeignControlSequences(allText(card), [OWNER], [CANONICAL]);
    const text = allText(card);
    // Linked, and labelled with its short form, whose "_" is held between invisible joiners so
    // Slack cannot take it for italics (as any label's is); where it came from said as chosen.
    expect(text).toContain(`:link: <${CANONICAL}|xing.com/profile/Max\u034F_\u034FMustermann>`);
    expect(text).toContain('Came in via Another network');
    expect(text).toContain('Max Mustermann');
  });

  it('recognises the person on a later check through another form of the same profile URL', async () => {
    await submitForm(MAX);
    // Checked again by a paste, the address written otherwise and the headline changed since: only
    // the profile URL can tell it is the same person.
    await app.command('Max Mustermann | Vertriebsleiter at Nordwind GmbH | 3 mutual | xing.com/profiles/Max_Mustermann/ | Hallo!');

    expect(storedProfiles()).toEqual([
      { profileUrl: CANONICAL, source: 'Another network' },
      { profileUrl: CANONICAL, source: null },
    ]);
    const second = allText(standIn.calls('chat.postMessage').at(-1));
    expect(second).toContain(`<@${OWNER}>: checked on`);
  });
});

describe('the form, with a profile on another site', () => {
  it('refuses it beside the field with a sentence that says which profile links work, and posts nothing', async () => {
    const answer = await submitForm({ ...MAX, profileUrl: 'https://www.facebook.com/max.mustermann' });

    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      response_action: 'errors',
      errors: {
        [INPUTS.profileUrl.block]:
          "That doesn't look like a profile address I can link to: LinkedIn (linkedin.com/in/…) and XING (xing.com/profile/…) profile links work.",
      },
    });
    expect(storedProfiles()).toEqual([]);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
  });
});

describe('/invite-check forget, with a XING profile URL', () => {
  it('finds every check of the person through any form of the URL, and only theirs', async () => {
    await submitForm(MAX);
    await app.command('Max Mustermann | Vertriebsleiter at Nordwind GmbH | 3 mutual | xing.com/profile/Max_Mustermann');
    await app.command('Max Mustermann | Koch at Hotel Adlon | xing.com/profile/Max_Mustermann2');
    const ids = (app.db.prepare('SELECT id FROM invitations ORDER BY id').all() as { id: number }[]).map((row) => String(row.id));

    await app.command('forget <https://www.xing.com/profiles/Max_Mustermann/cv|xing.com/profiles/Max_Mustermann/cv>', { responseUrlId: 'forget' });

    const confirm = standIn.responsePosts('forget').at(-1)?.body ?? {};
    expect(JSON.stringify(confirm)).toContain('I found 2 invitations');
    expect(buttonValue({ method: 'response_url', args: confirm, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm)).toBe(ids.slice(0, 2).join(','));
  });
});
