import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeExpiredDetails } from '../../src/jobs/retention.js';
import { changeForgottenMessages } from '../../src/jobs/forgotten-messages.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { plainTextValue, radioValue, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { UNPACED } from '../jobs/sweep-gate.js';

const NOW = '2026-11-24T10:00:00Z';
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 4 mutual | linkedin.com/in/priya-raman-data | =HYPERLINK("http://evil") hi Sam';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock(NOW);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, logLevel: 'info' });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function check(text: string, user = OWNER): Promise<{ invitationId: string; ts: string }> {
  await app.command(text, { user });
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function click(card: { invitationId: string; ts: string }, actionId: string, user = OWNER) {
  return app.click({ user_id: user, action_id: actionId, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
}

function count(table: string): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function asCall(body: Record<string, unknown> | undefined): RecordedCall {
  return { method: 'response_url', args: body ?? {}, token: null, at: 0, response: {} };
}

describe('/invite-check forget', () => {
  it('asks first, then removes one person from the owner’s records and blanks the cards', async () => {
    const mine = await check(PRIYA);
    await click(mine, ACTIONS.accept);
    const theirs = await check(PRIYA, TEAMMATE);
    await app.click({ user_id: OWNER, action_id: ACTIONS.voiceKnows, value: theirs.invitationId, channel_id: CHANNEL, message_ts: theirs.ts });

    await app.command('forget <https://uk.linkedin.com/in/Priya-Raman-Data/|uk.linkedin.com/in/Priya-Raman-Data/>', { responseUrlId: 'forget' });
    const confirm = standIn.responsePosts('forget').at(-1);
    expect(confirm?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(confirm?.body)).toContain('cannot be undone');
    expect(count('invitations')).toBe(2); // nothing removed before the confirmation

    const ids = buttonValue(asCall(confirm?.body), ACTIONS.forgetConfirm);
    expect(ids).toBe(mine.invitationId);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
    expect(JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body)).toContain('removed 1 invitation you checked');

    expect(app.db.prepare('SELECT owner_id FROM invitations').all()).toEqual([{ owner_id: TEAMMATE }]);
    expect(count('decision_events')).toBe(0);
    expect(count('thank_you_nudges')).toBe(0);
    const blanked = standIn.calls('chat.update').filter((call) => call.args.ts === mine.ts).at(-1);
    expect(allText(blanked)).toContain('removed at its owner');
    expect(allText(blanked)).not.toContain('Priya');
  });

  it('names three of the spellings a person was checked under, and counts the others', async () => {
    for (const name of ['Robin Ellis', 'Dr Robin Ellis', 'Robin E.', 'Robyn Ellis', 'Rob Ellis']) await check(`${name} | Product Manager at Northwind | 3 mutual | linkedin.com/in/robin-ellis`);
    await app.command('forget linkedin.com/in/robin-ellis', { responseUrlId: 'spellings' });
    expect(JSON.stringify(standIn.responsePosts('spellings').at(-1)?.body)).toContain(
      'Forget *Robin Ellis*, *Dr Robin Ellis*, *Robin E.* and 2 other names? I found 5 invitations from them that you checked.',
    );
  });

  it('finds people by name too, and says so when there is nothing to forget', async () => {
    await check(PRIYA);
    await app.command('forget  priya RAMAN ', { responseUrlId: 'by-name' });
    expect(JSON.stringify(standIn.responsePosts('by-name').at(-1)?.body)).toContain(ACTIONS.forgetConfirm);
    await app.command('forget Nobody Atall', { responseUrlId: 'nobody' });
    expect(JSON.stringify(standIn.responsePosts('nobody').at(-1)?.body)).toContain('found nothing');
  });

  it('reads a capitalised Forget as forgetting, never as an invitation to post', async () => {
    await check(PRIYA);
    const cards = standIn.calls('chat.postMessage').length;
    await app.command('Forget Priya Raman', { responseUrlId: 'capital' });
    expect(JSON.stringify(standIn.responsePosts('capital').at(-1)?.body)).toContain(ACTIONS.forgetConfirm);
    expect(standIn.calls('chat.postMessage')).toHaveLength(cards);
    expect(count('invitations')).toBe(1);
  });

  it('asks who to forget when nobody is named', async () => {
    const answer = await app.command('Forget', { responseUrlId: 'who' });
    expect(answer.json).toMatchObject({ response_type: 'ephemeral' });
    expect(answer.text).toContain('Who should I forget?');
    expect(answer.text).toContain('forget-me');
    expect(count('invitations')).toBe(0);
    expect(standIn.calls('views.open')).toHaveLength(0);
  });

  it('says so when a card could not be blanked', async () => {
    const mine = await check(PRIYA);
    await app.command('forget Priya Raman', { responseUrlId: 'f' });
    const ids = buttonValue(asCall(standIn.responsePosts('f').at(-1)?.body), ACTIONS.forgetConfirm);
    expect(ids).toBe(mine.invitationId);
    standIn.failNext('chat.update', { error: 'cant_update_message' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('f-done') });
    expect(JSON.stringify(standIn.responsePosts('f-done').at(-1)?.body)).toContain('delete it by hand');
    expect(count('invitations')).toBe(0);
  });

  it('a crafted Forget button cannot delete someone else’s checks', async () => {
    const theirs = await check(PRIYA, TEAMMATE);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: `${theirs.invitationId},999999`, response_url: standIn.responseUrl('crafted') });
    expect(count('invitations')).toBe(1);
    expect(JSON.stringify(standIn.responsePosts('crafted').at(-1)?.body)).toContain('Nothing was removed');
  });

  it('cancel leaves everything as it was', async () => {
    await check(PRIYA);
    await app.click({ user_id: OWNER, action_id: ACTIONS.privacyCancel, value: 'cancel', response_url: standIn.responseUrl('cancel') });
    expect(JSON.stringify(standIn.responsePosts('cancel').at(-1)?.body)).toContain('nothing was removed');
    expect(count('invitations')).toBe(1);
  });
});

describe('/invite-check forget-me', () => {
  it('removes everything about the person who asks, and says what', async () => {
    const mine = await check(PRIYA);
    await click(mine, ACTIONS.accept);
    const theirs = await check('Ana Friend | Designer at Studio | 3 mutual', TEAMMATE);
    await app.click({ user_id: OWNER, action_id: ACTIONS.voiceKnows, value: theirs.invitationId, channel_id: CHANNEL, message_ts: theirs.ts });
    const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.voice,
      private_metadata: modal.private_metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('we studied together') },
      },
    });
    expect(count('teammate_voices')).toBe(1);

    await app.command('forget-me', { responseUrlId: 'me' });
    const confirm = standIn.responsePosts('me').at(-1);
    expect(JSON.stringify(confirm?.body)).toContain('1 invitation you checked');
    expect(JSON.stringify(confirm?.body)).toContain('1 comment you left');
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('me-done') });
    expect(JSON.stringify(standIn.responsePosts('me-done').at(-1)?.body)).toContain('Nothing about you is left');
    expect(app.db.prepare('SELECT owner_id FROM invitations').all()).toEqual([{ owner_id: TEAMMATE }]);
    expect(count('teammate_voices')).toBe(0);
    expect(count('thank_you_nudges')).toBe(0);
    expect(app.db.prepare('SELECT count(*) AS n FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ n: 0 });
  });
});

describe('forgetting after a crash (QA chaos D2, D7)', () => {
  /** A second app on the same database file, as a restart after the first one died mid-call. */
  async function restarted(): Promise<TestApp> {
    return startTestApp({ standIn, databasePath: database.path, clock: clock.now, logLevel: 'info' });
  }

  it('forget-me warns of a card whose post was cut short by a crash: Slack may have it, its ts was never noted', async () => {
    const release = standIn.holdNext('chat.postMessage');
    // The card reaches Slack (stored on arrival), and the process dies before the answer comes back.
    const checking = app.command(PRIYA);
    await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('Priya'));
    expect(app.db.prepare('SELECT message_ts AS ts, unanswered_post_channel_id AS unanswered FROM invitations').get()).toEqual({ ts: null, unanswered: null });
    clock.advance(3 * 60 * 1000);
    const after = await restarted();
    try {
      await after.command('forget-me', { responseUrlId: 'me' });
      await after.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('me-done') });
      const told = String(standIn.responsePosts('me-done').at(-1)?.body.text);
      expect(told).toContain('Nothing about you is left');
      expect(told).toContain(`Slack may also have posted one of your cards in <#${CHANNEL}> without telling me where`);
      expect(after.logLines.some((line) => line.includes('may have cards in Slack whose place was never known'))).toBe(true);
    } finally {
      await after.stop();
      release();
      await checking;
    }
  });

  it('forget says nothing of a card this process is still posting, however long it takes, and warns of one a crash cut short', async () => {
    const release = standIn.holdNext('chat.postMessage');
    const checking = app.command(PRIYA);
    await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('Priya'));
    const { id } = app.db.prepare("SELECT id FROM invitations WHERE name = 'Priya Raman'").get() as { id: number };
    // Three minutes of rate-limit waits: still this process's post in flight, so no warning.
    clock.advance(3 * 60 * 1000);
    const meanwhile = await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id]);
    expect(meanwhile).toMatchObject({ removed: 1, cardsUnknownIn: [] });
    release();
    await checking;

    // The same check stored by a process that died as it posted, seen by a new one: a warning.
    const release2 = standIn.holdNext('chat.postMessage');
    const checking2 = app.command(PRIYA);
    await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('Priya') && call.args.ts === undefined && standIn.calls('chat.postMessage').length > 1);
    clock.advance(10 * 1000);
    const after = await restarted();
    try {
      await after.command('forget Priya Raman', { responseUrlId: 'forget' });
      const ids = buttonValue(asCall(standIn.responsePosts('forget').at(-1)?.body), ACTIONS.forgetConfirm);
      await after.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
      expect(String(standIn.responsePosts('forget-done').at(-1)?.body.text)).toContain(`Slack may also have posted a card about them in <#${CHANNEL}>`);
    } finally {
      await after.stop();
      release2();
      await checking2;
    }
  });

  it('forget warns of no card for a check whose card was refused everywhere: the channel, the private copy and the DM', async () => {
    // The app was removed from the channel and the owner's DM refuses it too; the command's
    // response_url answers 404: no card of Priya is anywhere.
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' }, 2);
    await app.send(
      slashCommandBody({ text: PRIYA, user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.apiUrl.replace(/\/api\/$/, '/no-such-response-url') }),
    );
    expect(standIn.calls('chat.postMessage').map((call) => call.fault)).toEqual([{ error: 'not_in_channel' }, { error: 'not_in_channel' }]);
    expect(app.logLines.some((line) => line.includes('The card could not be shown anywhere'))).toBe(true);
    expect(app.db.prepare('SELECT message_ts AS ts, response_url AS url, unanswered_post_channel_id AS unanswered FROM invitations').get()).toEqual({
      ts: null,
      url: null,
      unanswered: null,
    });
    clock.advance(3 * 60 * 1000);
    const after = await restarted();
    try {
      // Not taken for a post a crash cut short: the next start does not post it again.
      expect(await after.instance.showCardsCutShort()).toBe(0);
      await after.command('forget Priya Raman', { responseUrlId: 'forget' });
      const ids = buttonValue(asCall(standIn.responsePosts('forget').at(-1)?.body), ACTIONS.forgetConfirm);
      await after.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
      const told = String(standIn.responsePosts('forget-done').at(-1)?.body.text);
      expect(told).toContain('I removed 1 invitation you checked');
      expect(told).not.toContain('Slack may also have posted');
      expect(after.logLines.some((line) => line.includes('whose place was never known'))).toBe(false);
    } finally {
      await after.stop();
    }
  });

  it('a card whose post lands after its check was forgotten is blanked too', async () => {
    const release = standIn.holdNext('chat.postMessage');
    const checking = app.command(PRIYA);
    const post = await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('Priya'));
    const { id } = app.db.prepare("SELECT id FROM invitations WHERE name = 'Priya Raman'").get() as { id: number };
    expect(await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id])).toMatchObject({ removed: 1 });
    release();
    await checking;
    await app.instance.drain();
    // Slack took the card after the forgetting: the app learns its ts only now, and leaves it to
    // the card catch-up job to blank, as a forgetting does with the cards it does not change at once.
    expect(app.db.prepare('SELECT channel_id AS channel, message_ts AS ts, kind FROM forgotten_messages').all()).toEqual([
      { channel: CHANNEL, ts: post.response.ts, kind: 'card' },
    ]);
    expect(app.logLines.some((line) => line.includes('A card reached Slack after its check was forgotten'))).toBe(true);
    await changeForgottenMessages({ messages: app.instance.staleCardDeps.forgotten, logger: app.instance.services.logger, pacer: UNPACED });
    expect(app.db.prepare('SELECT count(*) AS n FROM forgotten_messages').get()).toEqual({ n: 0 });
    const card = standIn.messages(CHANNEL).find((message) => message.ts === post.response.ts);
    expect(JSON.stringify(card)).toContain('removed at its owner');
    expect(JSON.stringify(card)).not.toContain('Priya');
  });

  it('forget-me cut short as the emptied Home tab is published can be finished: the cached profile counts', async () => {
    await check(PRIYA);
    const release = standIn.holdNext('views.publish');
    const forgetting = app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('me-cut') });
    await standIn.waitForCall('views.publish', (call) => call.args.user_id === OWNER);
    // Publishing the Home asked Slack for their time zone and cached it: the process dies here.
    expect(app.db.prepare('SELECT count(*) AS n FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ n: 1 });
    expect(count('invitations')).toBe(0);
    const after = await restarted();
    try {
      await after.command('forget-me', { responseUrlId: 'again' });
      const asked = JSON.stringify(standIn.responsePosts('again').at(-1)?.body);
      expect(asked).not.toContain('nothing stored about you');
      expect(asked).toContain('That is your name and time zone as Slack gave them to me.');
      await after.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('again-done') });
      expect(String(standIn.responsePosts('again-done').at(-1)?.body.text)).toContain('I removed your name and time zone as Slack gave them to me.');
      expect(after.db.prepare('SELECT count(*) AS n FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ n: 0 });
      await after.command('forget-me', { responseUrlId: 'third' });
      expect(JSON.stringify(standIn.responsePosts('third').at(-1)?.body)).toContain('I have nothing stored about you');
    } finally {
      await after.stop();
      release();
      await forgetting;
    }
  });
});

describe('/invite-check export', () => {
  it('sends the person their own records as a CSV file in a DM, formulas defused', async () => {
    await check(PRIYA);
    await check('Someone Else | CTO at Other | 1 mutual', TEAMMATE);
    await app.command('export', { responseUrlId: 'export' });
    expect(JSON.stringify(standIn.responsePosts('export').at(-1)?.body)).toContain('1 invitation');
    const complete = standIn.calls('files.completeUploadExternal').at(-1);
    expect(complete?.args.channel_id).toMatch(/^D/);
    const [upload] = standIn.uploads();
    expect(upload?.content).toContain('"checked_at","name"');
    expect(upload?.content).toContain('"Priya Raman"');
    expect(upload?.content).toContain(`"'=HYPERLINK(""http://evil"") hi Sam"`);
    expect(upload?.content).not.toContain('Someone Else');
  });

  it('names the files by the date where the person is, not in UTC', async () => {
    standIn.setUser({ id: OWNER, tz: 'Pacific/Auckland', real_name: 'Sam Owner' });
    await check(PRIYA);
    // 12:30 UTC on 28 November is half past one in the morning of the 29th in Auckland.
    clock.set('2026-11-28T12:30:00Z');
    await app.command('export', { user: OWNER, responseUrlId: 'auckland' });
    expect(standIn.calls('files.getUploadURLExternal').at(-1)?.args.filename).toBe('invite-check-export-2026-11-29.csv');
  });

  it('holds the words the person added on teammates’ cards too, in a file of their own', async () => {
    const card = await check(PRIYA);
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.voiceKnows, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
    await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('=worked together at Acme') },
      },
    });

    // Only words, no checks of their own: one file, of words.
    await app.command('export', { user: TEAMMATE, responseUrlId: 'words-only' });
    expect(JSON.stringify(standIn.responsePosts('words-only').at(-1)?.body)).toContain("1 comment on a teammate's card) as a CSV file to your DM with me.");
    const [words] = standIn.uploads();
    expect(words?.content).toContain('"given_at","name","word","note"');
    // Named like the messages about it: comments, not "words".
    expect(standIn.calls('files.getUploadURLExternal').at(-1)?.args.filename).toMatch(/^invite-check-comments-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(JSON.stringify(standIn.calls('files.completeUploadExternal').at(-1)?.args.files)).toContain("Your comments on teammates' cards");
    expect(words?.content).toContain(`"Priya Raman","I know them","'=worked together at Acme"`);

    await check('Someone Else | CTO at Other | 1 mutual', TEAMMATE);
    await app.command('export', { user: TEAMMATE, responseUrlId: 'both' });
    expect(JSON.stringify(standIn.responsePosts('both').at(-1)?.body)).toContain("(1 invitation and 1 comment on a teammate's card) as two CSV files");
    expect(standIn.uploads()).toHaveLength(3);
    expect(standIn.calls('files.completeUploadExternal').at(-1)?.args.initial_comment).toBe(
      "Here are your records: 1 invitation you checked, and 1 comment you left on a teammate's card, one row each.",
    );
  });

  it('keeps what each earlier decision said: its date, reason and note, a line each in one column', async () => {
    /** RFC 4180 rows, as a spreadsheet reads them (quoted fields, "" inside, CRLF between rows). */
    const csvRows = (csv: string): string[][] => {
      const rows: string[][] = [];
      let row: string[] = [];
      let field = '';
      let quoted = false;
      const text = csv.replace(/^\uFEFF/, '');
      for (let i = 0; i < text.length; i += 1) {
        const ch = text[i] ?? '';
        if (quoted) {
          if (ch === '"' && text[i + 1] === '"') {
            field += '"';
            i += 1;
          } else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
          row.push(field);
          field = '';
        } else if (ch === '\r' && text[i + 1] === '\n') {
          row.push(field);
          rows.push(row);
          row = [];
          field = '';
          i += 1;
        } else field += ch;
      }
      return rows;
    };
    const openForm = async (card: { invitationId: string; ts: string }, action: string, user = OWNER) => {
      await click(card, action, user);
      return openedView(standIn.calls('views.open').at(-1)).private_metadata;
    };
    const change = async (card: { invitationId: string; ts: string }, to: string, reason: string | null, user = OWNER) => {
      await app.submit({
        user_id: user,
        callback_id: VIEWS.changeDecision,
        private_metadata: await openForm(card, ACTIONS.changeDecision, user),
        values: {
          [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(to) },
          [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(reason) },
        },
      });
    };
    // QA's case: an Ignore with a note, then a change to Accept with a reason.
    const card = await check(PRIYA);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: await openForm(card, ACTIONS.ignore),
      values: {
        [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
        [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Sent the same pitch to three of us\n=and a second line') },
      },
    });
    clock.advance(60_000);
    await change(card, 'accepted', 'We met at a meetup after all');
    clock.advance(60_000);
    await change(card, 'blocked', null);
    // Decided once: nothing earlier. A teammate's changed decision is theirs.
    const once = await check('Someone Else | CTO at Other | 1 mutual');
    await click(once, ACTIONS.accept);
    const theirs = await check('Third Person | CEO at Elsewhere | 2 mutual', TEAMMATE);
    await click(theirs, ACTIONS.accept, TEAMMATE);
    await change(theirs, 'ignored', 'Their own reason', TEAMMATE);

    await app.command('export', { responseUrlId: 'history' });
    // The file inside the multipart upload, as the stand-in recorded it.
    const raw = standIn.uploads().at(-1)?.content ?? '';
    const boundary = raw.slice(0, raw.indexOf('\r\n'));
    const start = raw.indexOf('\r\n\r\n') + 4;
    const [header = [], priya = [], someone = [], ...rest] = csvRows(raw.startsWith('--') ? raw.slice(start, raw.indexOf(`\r\n${boundary}`, start)) : raw);
    expect(rest).toEqual([]);
    expect(header.at(-1)).toBe('earlier_decisions');
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(cell(priya, 'decision')).toBe('blocked');
    expect(cell(priya, 'earlier_decisions')).toBe(
      [
        '2026-11-24T10:00:00.000Z ignored; reason: Not relevant to my work; note: Sent the same pitch to three of us\n=and a second line',
        '2026-11-24T10:01:00.000Z accepted; reason: We met at a meetup after all',
      ].join('\n'),
    );
    expect(cell(someone, 'decision')).toBe('accepted');
    expect(cell(someone, 'earlier_decisions')).toBe('');
    expect(standIn.uploads().at(-1)?.content).not.toContain('Their own reason');

  });

  it('explains a missing files:write permission instead of failing silently', async () => {
    await check(PRIYA);
    standIn.failNext('files.getUploadURLExternal', { error: 'missing_scope' });
    await app.command('export', { responseUrlId: 'no-scope' });
    expect(JSON.stringify(standIn.responsePosts('no-scope').at(-1)?.body)).toContain('files:write');
  });

  it('sends it to a fresh DM when the remembered one is gone (the app was reinstalled), not "try again" for ever', async () => {
    await check(PRIYA);
    // The DM the app remembers from before a reinstall: Slack no longer knows that channel.
    app.db.prepare("UPDATE slack_users SET dm_channel_id = 'DSTALE0001' WHERE team_id = ? AND user_id = ?").run(TEAM, OWNER);
    app.db.prepare("INSERT OR IGNORE INTO slack_users (team_id, user_id, dm_channel_id, fetched_at) VALUES (?, ?, 'DSTALE0001', 0)").run(TEAM, OWNER);
    standIn.setAnswer('files.completeUploadExternal', ({ args }) => (args.channel_id === 'DSTALE0001' ? { ok: false, error: 'channel_not_found' } : { ok: true, files: [] }));

    await app.command('export', { responseUrlId: 'stale-dm' });
    expect(JSON.stringify(standIn.responsePosts('stale-dm').at(-1)?.body)).toContain('1 invitation');
    expect(standIn.calls('files.completeUploadExternal').at(-1)?.args.channel_id).toBe(`D${OWNER.slice(1)}`);
    expect(app.db.prepare('SELECT dm_channel_id FROM slack_users WHERE team_id = ? AND user_id = ?').get(TEAM, OWNER)).toEqual({ dm_channel_id: `D${OWNER.slice(1)}` });
  });

  it('with nothing to export, says so and sends no empty file', async () => {
    await check('Someone Else | CTO at Other | 1 mutual', TEAMMATE);
    await app.command('export', { responseUrlId: 'nothing' });
    expect(JSON.stringify(standIn.responsePosts('nothing').at(-1)?.body)).toContain('nothing to export');
    expect(standIn.calls('files.getUploadURLExternal')).toHaveLength(0);
    expect(standIn.uploads()).toEqual([]);
  });
});

describe('retention', () => {
  it('reduces old ignored, declined and blocked invitations to the decision and dates, and keeps the rest', async () => {
    const declined = await check(PRIYA);
    await click(declined, ACTIONS.decline);
    const accepted = await check('Ana Friend | Designer at Studio | 3 mutual');
    await click(accepted, ACTIONS.accept);

    const removed = await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'));
    expect(removed).toBe(1);
    const row = app.db.prepare('SELECT name, headline, note, profile_url, status, decided_at FROM invitations WHERE id = ?').get(declined.invitationId);
    expect(row).toEqual({ name: 'Details removed', headline: null, note: null, profile_url: null, status: 'declined', decided_at: Date.parse(NOW) });
    expect(app.db.prepare('SELECT name FROM invitations WHERE id = ?').get(accepted.invitationId)).toEqual({ name: 'Ana Friend' });
    // Run again: nothing more to do.
    expect(await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-07-01T10:00:00Z'))).toBe(0);
    // The ignored list no longer offers what nobody can reconsider; it counts it.
    await app.command('ignored', { responseUrlId: 'after-retention' });
    const list = JSON.stringify(standIn.responsePosts('after-retention').at(-1)?.body);
    expect(list).not.toContain('Details removed');
    expect(list).toContain('1 older decision is not listed');
  });

  it('warns of a purged card whose post was cut short by a crash, not of one shown privately (QA chaos D2)', async () => {
    const lost = await check(PRIYA);
    await click(lost, ACTIONS.decline);
    const privately = await check('Ana Friend | Designer at Studio | 3 mutual');
    await click(privately, ACTIONS.decline);
    // As stored after a crash as Slack took the card (no ts noted), and after a channel's refusal (shown privately).
    app.db.prepare('UPDATE invitations SET message_ts = NULL WHERE id = ?').run(lost.invitationId);
    app.db.prepare("UPDATE invitations SET message_ts = NULL, response_url = 'https://hooks.slack.test/x' WHERE id = ?").run(privately.invitationId);

    expect(await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'))).toBe(2);
    const warned = app.logLines.filter((line) => line.includes('may have cards in Slack that could not be blanked'));
    expect(warned).toHaveLength(1);
    expect(JSON.parse(warned[0] ?? '{}')).toMatchObject({ count: 1, channels: [CHANNEL] });
  });

  it('leaves no copy of words typed for a decision in a later check’s stored weighing (Block’s reason, Change decision’s why)', async () => {
    const BLOCKED_WHY = 'Sent crypto offers to all of us';
    const CHANGED_WHY = 'Not my field after all';
    const blocked = await check(PRIYA);
    await click(blocked, ACTIONS.block);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.blockReason,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue(BLOCKED_WHY) } },
    });
    const changed = await check('Bo Lindqvist | Sales Director at Acme | 2 mutual');
    await click(changed, ACTIONS.ignore);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('later') } },
    });
    await click(changed, ACTIONS.changeDecision);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: {
        [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('declined') },
        [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(CHANGED_WHY) },
      },
    });

    // Later checks of both, by a teammate: their cards show the words, read from the records as they are drawn…
    const laterBlocked = await check(PRIYA, TEAMMATE);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain(`Blocked before* by <@${OWNER}>`);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain(BLOCKED_WHY);
    const laterChanged = await check('Bo Lindqvist | Sales Director at Acme | 2 mutual', TEAMMATE);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain(CHANGED_WHY);
    // …but their stored weighing names only the decision and its date.
    const reasons = (card: { invitationId: string }) =>
      JSON.parse((app.db.prepare('SELECT reasons FROM invitations WHERE id = ?').get(card.invitationId) as { reasons: string }).reasons) as string[];
    expect(reasons(laterBlocked)).toContain('A teammate blocked them on 24 Nov 2026.');
    expect(reasons(laterChanged)).toContain('A teammate declined them on 24 Nov 2026.');

    await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'));
    // Nothing anywhere in the database holds the words once the decisions' details are removed.
    const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const everything = tables.map(({ name }) => JSON.stringify(app.db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    expect(everything).toContain('Lindqvist'); // the later checks are still there
    expect(everything).not.toContain(BLOCKED_WHY);
    expect(everything).not.toContain(CHANGED_WHY);
  });

  it('refuses Change decision on a decision whose details were removed (a stale list or card)', async () => {
    const declined = await check(PRIYA);
    await click(declined, ACTIONS.decline);
    await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'));
    const modals = standIn.calls('views.open').length;
    await app.click({
      user_id: OWNER,
      action_id: ACTIONS.changeDecision,
      value: declined.invitationId,
      block_id: `ignored:${declined.invitationId}`,
      response_url: standIn.responseUrl('stale-list'),
    });
    expect(standIn.calls('views.open')).toHaveLength(modals);
    expect(JSON.stringify(standIn.responsePosts('stale-list').at(-1)?.body)).toContain('can no longer be changed');
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(declined.invitationId)).toEqual({ status: 'declined' });
  });

  it('is shown in help', async () => {
    const help = await app.command('help');
    expect(JSON.stringify(help.json)).toContain('kept for 180 days');
  });
});

describe('logs', () => {
  const SECRETS = ['xoxb-test-token', 'test-signing-secret', 'Priya', 'Northwind', 'HYPERLINK', 'Secret Person', 'private note', 'priya-raman-data'];

  async function restartAt(logLevel: 'debug' | 'error'): Promise<void> {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, logLevel });
  }

  async function checkTwoAndFailOne(): Promise<void> {
    const card = await check(PRIYA);
    await click(card, ACTIONS.accept);
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await check('Secret Person | Spy at Agency | 0 mutual | | my private note');
  }

  it('never carry tokens, the signing secret or invitation details at info', async () => {
    await checkTwoAndFailOne();
    const log = app.logLines.join('\n');
    expect(app.logLines.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(log).not.toContain(secret);
  });

  // Bolt logs each request's body, and the WebClient each call's, at debug: those never reach the log.
  it('stay at debug when LOG_LEVEL says so, still without tokens or invitation details', async () => {
    await restartAt('debug');
    await checkTwoAndFailOne();
    const log = app.logLines.join('\n');
    expect(app.instance.services.logger.getLevel()).toBe('debug');
    expect(log).toContain('"level":"info"');
    for (const secret of SECRETS) expect(log).not.toContain(secret);
  });

  it('leave out info lines when LOG_LEVEL=error', async () => {
    await restartAt('error');
    await checkTwoAndFailOne();
    expect(app.instance.services.logger.getLevel()).toBe('error');
    expect(app.logLines.filter((line) => !line.includes('"level":"error"'))).toEqual([]);
  });
});
