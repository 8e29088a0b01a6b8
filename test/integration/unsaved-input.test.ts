import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_SAVED_KEPT_OPEN } from '../../src/listeners/views/modal-context.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidMessage, assertValidModal } from '../support/block-kit.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import {
  checkboxesValue,
  numberValue,
  plainTextValue,
  radioValue,
  sendSignedRequest,
  staticSelectValue,
  timepickerValue,
  viewSubmissionBody,
  type SignedRequestResult,
} from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, startTestApp, tempDatabasePath, writeGate, type TestApp, type WriteGate } from '../support/test-app.js';

// A modal closes when it is acked, which waits for what was typed to be stored (see
// ack-once-saved.ts). When the database refuses the write (here: the app's own connection set to
// query_only, so every write fails as on a read-only or full disk), a form still open stays open
// with the reason; one the ack could not hold any longer has closed, and the person must hear so,
// with what they typed. Nothing may be half-stored.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data | Loved your talk';
const NOTE = 'Hi Sam,\nwe met at <!channel> & the *Data* Council.\n```not code```\nThanks!';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let gate: WriteGate;

/** How long the ack waits for a check's commit here: short, so that a test can hold the commit past it. */
const ACK_WAIT_MS = 50;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  gate = writeGate();
  gate.release();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now, writeGate: gate, ackWaitMs: ACK_WAIT_MS });
});

afterEach(async () => {
  gate.release();
  await app.stop();
  await standIn.close();
  database.cleanup();
});

function refuseWrites(refuse: boolean): void {
  app.db.pragma(`query_only = ${refuse ? 'ON' : 'OFF'}`);
}

function count(table: string): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function formValues(name: string): Record<string, Record<string, unknown>> {
  return {
    [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(name) },
    [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue('CTO') },
    [INPUTS.company.block]: { [INPUTS.company.action]: plainTextValue('Lumen & Co') },
    [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: plainTextValue('linkedin.com/in/ana-silva') },
    [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue('3') },
    [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(NOTE) },
    [INPUTS.source.block]: { [INPUTS.source.action]: staticSelectValue('LinkedIn email') },
  };
}

async function checkPriya(): Promise<{ invitationId: string; ts: string }> {
  await app.command(PRIYA);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

/** Submits a modal while the database refuses every write: Slack's answer, which keeps the modal open. */
async function submitRefused(user: string, callbackId: string, metadata: string | undefined, values: Record<string, Record<string, unknown>>): Promise<unknown> {
  refuseWrites(true);
  const answer = await app.submit({ user_id: user, callback_id: callbackId, ...(metadata === undefined ? {} : { private_metadata: metadata }), values });
  expect(answer.status).toBe(200);
  return answer.json;
}

/** The modal stays open, with the reason beside `block`. */
function keptOpen(block: string) {
  return { response_action: 'errors', errors: { [block]: NOT_SAVED_KEPT_OPEN } };
}

/**
 * Submits the invitation form with its check's commit held past the ack's wait: the modal closes
 * (Slack's answer is returned), then the write is refused.
 */
async function submitFormClosedThenRefused(metadata: string, values: Record<string, Record<string, unknown>>): Promise<SignedRequestResult> {
  gate.held = true;
  const answer = await sendSignedRequest(app.eventsUrl, viewSubmissionBody({ team_id: TEAM, user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: metadata, values }), { secret: SIGNING_SECRET });
  refuseWrites(true);
  gate.release();
  await app.instance.drain();
  return answer;
}

async function openFromCard(actionId: string, invitationId: string, ts: string, user = OWNER): Promise<string> {
  await app.click({ user_id: user, action_id: actionId, value: invitationId, channel_id: CHANNEL, message_ts: ts });
  return openedView(standIn.calls('views.open').at(-1)).private_metadata;
}

describe('the invitation form, when its check cannot be saved', () => {
  it('stays open with everything typed in it when the check cannot be stored', async () => {
    await app.command('', { triggerId: '111.222.form', responseUrlId: 'form-command' });
    const form = openedView(standIn.calls('views.open')[0]);
    const answer = await submitRefused(OWNER, VIEWS.invitationForm, form.private_metadata, formValues('Ana Silva'));
    expect(answer).toEqual(keptOpen(INPUTS.name.block));
    refuseWrites(false);
    expect(count('invitations')).toBe(0);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(standIn.responsePosts('form-command')).toEqual([]);
  });

  it('closed before its check could be stored: shows the person what they typed beside the command, and the form comes back filled in', async () => {
    await app.command('', { triggerId: '111.222.form', responseUrlId: 'form-command' });
    const form = openedView(standIn.calls('views.open')[0]);

    const answer = await submitFormClosedThenRefused(form.private_metadata, formValues('Ana <@U0MATE0001> Silva'));

    expect(answer.status).toBe(200);
    expect(answer.json).toBeNull(); // acked: the modal closed
    expect(count('invitations')).toBe(0);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    const posts = standIn.responsePosts('form-command');
    expect(posts).toHaveLength(1);
    const reply = posts[0]?.body as { response_type: string; text: string; blocks: unknown[] };
    expect(reply.response_type).toBe('ephemeral');
    assertValidMessage(reply);
    assertNoForeignControlSequences(JSON.stringify(reply), []);
    const shown = JSON.stringify(reply.blocks);
    expect(shown).toContain("I couldn't save the invitation you entered, so nothing changed.");
    expect(shown).toContain('Ana &lt;@U0MATE0001&gt; Silva');
    expect(shown).toContain('we met at &lt;!channel&gt; &amp; the *Data* Council.');
    expect(shown).toContain('``\u200b`not code``\u200b`'); // cannot close the code block early
    expect(shown).toContain('https://www.linkedin.com/in/ana-silva');
    expect(shown).toContain('LinkedIn email');
    expect(app.logLines.join('\n')).toMatch(/Checking an invitation from the form failed/);

    // Later, the database writable again: one click brings the form back as it was.
    refuseWrites(false);
    const reopen = buttonValue({ args: reply } as unknown as RecordedCall, ACTIONS.reopenInvitationForm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: reopen, trigger_id: '333.444.again' });
    const opened = standIn.calls('views.open').at(-1);
    expect(opened?.args.trigger_id).toBe('333.444.again');
    assertValidModal(opened?.args.view);
    const again = JSON.stringify(opened?.args.view);
    expect(again).toContain('"initial_value":"Ana <@U0MATE0001> Silva"');
    expect(again).toContain(JSON.stringify(NOTE).slice(1, -1));
    expect(again).toContain('"initial_value":"3"');
    expect(again).toContain('"initial_option":{"text":{"type":"plain_text","text":"LinkedIn email"}');

    await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: openedView(opened).private_metadata, values: formValues('Ana Silva') });
    expect(count('invitations')).toBe(1);
    expect(standIn.calls('chat.postMessage').at(-1)?.args.channel).toBe(CHANNEL);
  });

  /** The form at its longest, closed and then refused its write: the reply beside the command. */
  async function longestFormRefused(note: string, responseUrlId: string): Promise<{ text: string; blocks: unknown[] }[]> {
    await app.command('', { responseUrlId });
    const form = openedView(standIn.calls('views.open').at(-1));
    const values = {
      ...formValues('Zoë & <Ana> Silva-'.padEnd(100, '&')),
      [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue('Head of R&D <Data> '.padEnd(200, '&')) },
      [INPUTS.company.block]: { [INPUTS.company.action]: plainTextValue('M&A <Partners> '.padEnd(150, '&')) },
      [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(note) },
    };
    await submitFormClosedThenRefused(form.private_metadata, values);
    refuseWrites(false);
    const replies = standIn.responsePosts(responseUrlId).map((post) => post.body as { text: string; blocks: unknown[] });
    for (const reply of replies) {
      assertValidMessage(reply);
      assertNoForeignControlSequences(JSON.stringify(reply), []);
    }
    return replies;
  }

  /** A value as the person reads it back from the messages: its code blocks, in order, unescaped and joined. */
  function givenBack(replies: readonly { blocks: unknown[] }[], label: string): string {
    return replies
      .flatMap((reply) => reply.blocks as { text?: { text?: string } }[])
      .map((block) => block.text?.text ?? '')
      .filter((text) => text.startsWith(`*${label}*`))
      .map((text) => (/```([\s\S]*)```$/.exec(text)?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
      .join('');
  }

  it('gives back a long note full of &, < and > whole, and the form comes back with it', async () => {
    // QA's case: a pasted e-mail thread of 2,000 characters, some 300 of them &, < or >, with
    // every other field at its longest. It came back cut at 1,856, and the button left it out.
    const note = 'Re: Q&A <priya@example.com> R&D -> P&L '.repeat(52).slice(0, 2000).trimEnd();
    const replies = await longestFormRefused(note, 'thread');
    expect(replies).toHaveLength(1);
    expect(givenBack(replies, 'Their note')).toBe(note);
    expect(JSON.stringify(replies[0]?.blocks)).toContain('*Their note* (part 1 of 2)');

    const reopen = buttonValue({ args: replies[0] } as unknown as RecordedCall, ACTIONS.reopenInvitationForm);
    expect(reopen.length).toBeLessThanOrEqual(2000);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: reopen });
    const opened = standIn.calls('views.open').at(-1);
    assertValidModal(opened?.args.view);
    const again = JSON.stringify(opened?.args.view);
    expect(again).toContain(`"initial_value":${JSON.stringify(note)}`);
    expect(again).toContain(`"initial_value":${JSON.stringify('Zoë & <Ana> Silva-'.padEnd(100, '&'))}`);
    expect(again).toContain('Here is what you entered before. Press Check when it looks right.');
    // And checking it now stores the note as typed.
    await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: openedView(opened).private_metadata, values: { ...formValues('Ana Silva'), [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(note) } } });
    expect(app.db.prepare('SELECT note FROM invitations').all()).toEqual([{ note }]);
  });

  it('past what one message holds, goes on in a second, and the form still comes back whole', async () => {
    // &, < and > in no order, 2,000 of them: some 8,700 characters escaped, which with the rest
    // at its longest is more than one message holds.
    let seed = 5;
    const note = Array.from({ length: 2000 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return '&<>'[seed % 3] ?? '&';
    }).join('');
    const replies = await longestFormRefused(note, 'two');
    expect(replies).toHaveLength(2);
    expect(replies[0]?.text).toBe("I couldn't save the invitation you entered, so nothing changed. What you entered is in this message and the next.");
    expect(replies[1]?.text).toBe('What you entered, continued from my message above.');
    expect(givenBack(replies, 'Their note')).toBe(note);
    expect(givenBack(replies, 'Name')).toBe('Zoë & <Ana> Silva-'.padEnd(100, '&'));
    // The button, and what to do next, close the second message.
    const reopen = buttonValue({ args: replies[1] } as unknown as RecordedCall, ACTIONS.reopenInvitationForm);
    expect(reopen.length).toBeLessThanOrEqual(2000);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: reopen });
    expect(JSON.stringify(standIn.calls('views.open').at(-1)?.args.view)).toContain(`"initial_value":${JSON.stringify(note)}`);
  });

  it('a note too unusual to pack into the button is whole in the message, and the reopened form says so', async () => {
    // 2,000 letters drawn at random from thousands: nothing packs them into 2,000 characters.
    let seed = 11;
    const note = Array.from({ length: 2000 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return String.fromCharCode(0x4e00 + (seed % 20_000));
    }).join('');
    const replies = await longestFormRefused(note, 'unpackable');
    expect(replies).toHaveLength(1);
    expect(givenBack(replies, 'Their note')).toBe(note);

    const reopen = buttonValue({ args: replies[0] } as unknown as RecordedCall, ACTIONS.reopenInvitationForm);
    expect(reopen.length).toBeLessThanOrEqual(2000);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: reopen });
    const again = JSON.stringify(standIn.calls('views.open').at(-1)?.args.view);
    expect(again).toContain(`"initial_value":${JSON.stringify('Head of R&D <Data> '.padEnd(200, '&'))}`);
    expect(again).not.toContain(note.slice(0, 20));
    expect(again).toContain('except their note, which was too long to bring back: copy it from my message, where it is whole.');
  });

  it('an empty form, when nothing entered fitted in the button, says where it all is', async () => {
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: JSON.stringify({ c: CHANNEL, f: {}, x: 1 }) });
    expect(JSON.stringify(standIn.calls('views.open').at(-1)?.args.view)).toContain('What you entered was too long to bring back here: copy it from my message, where it is whole.');
  });

  it('answers a made-up reopen button with a polite word and opens nothing', async () => {
    const packed = (json: string) => `z:${deflateRawSync(json).toString('base64url')}`;
    for (const value of [
      'garbage',
      '{"c":"<!channel>","f":{}}',
      JSON.stringify({ c: CHANNEL, f: { name: 'x'.repeat(500) } }),
      'z:garbage',
      packed(JSON.stringify({ c: '<!channel>', f: {} })),
      // Packed to unpack to megabytes: stopped long before.
      `z:${deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 0x20)).toString('base64url')}`,
    ]) {
      const before = standIn.calls('views.open').length;
      const answered = standIn.responsePosts('made-up').length;
      await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value, response_url: standIn.responseUrl('made-up') });
      expect(standIn.calls('views.open')).toHaveLength(before);
      const replies = standIn.responsePosts('made-up').slice(answered);
      expect(replies, value).toHaveLength(1);
      expect(JSON.stringify(replies[0]?.body)).toContain('That button no longer works. Run `/invite-check` again for a fresh form.');
    }
  });
});

describe('a pasted invitation that cannot be saved', () => {
  it('gives back what was sent, with the form filled in with what was read', async () => {
    refuseWrites(true);
    await app.command(PRIYA, { responseUrlId: 'pasted' });
    expect(count('invitations')).toBe(0);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    const reply = standIn.responsePosts('pasted')[0]?.body as { response_type: string; text: string; blocks: unknown[] };
    expect(reply.response_type).toBe('ephemeral');
    assertValidMessage(reply);
    expect(JSON.stringify(reply.blocks)).toContain('Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual');

    refuseWrites(false);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: buttonValue({ args: reply } as unknown as RecordedCall, ACTIONS.reopenInvitationForm) });
    const again = JSON.stringify(standIn.calls('views.open').at(-1)?.args.view);
    expect(again).toContain('"initial_value":"Priya Raman"');
    expect(again).toContain('"initial_value":"14"');
    expect(again).toContain('Loved your talk');
  });
});

describe('a paste the form opened for, when the form is closed unchecked', () => {
  const NAMELESS = '14 mutual connections <https://www.linkedin.com/in/someone-nameless> "Hi Sam, <!channel> loved your talk & the *demo*"';

  it('gives back what was sent beside the command, with the form as it was left', async () => {
    await app.command(NAMELESS, { responseUrlId: 'nameless' });
    const form = openedView(standIn.calls('views.open').at(-1));
    expect(standIn.calls('views.open').at(-1)?.args.view).toMatchObject({ notify_on_close: true });

    // They typed a name, then thought better of it and closed the form.
    await app.closeView({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: formValues('Ana Silva') });
    expect(count('invitations')).toBe(0);
    const reply = standIn.responsePosts('nameless').at(-1)?.body as { response_type: string; text: string; blocks: unknown[] };
    expect(reply.response_type).toBe('ephemeral');
    assertValidMessage(reply);
    assertNoForeignControlSequences(JSON.stringify(reply), [OWNER]);
    expect(reply.text).toContain('You closed the form');
    expect(JSON.stringify(reply.blocks)).toContain('loved your talk &amp; the *demo*');
    expect(JSON.stringify(reply.blocks)).toContain('https://www.linkedin.com/in/someone-nameless');

    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: buttonValue({ args: reply } as unknown as RecordedCall, ACTIONS.reopenInvitationForm) });
    const again = JSON.stringify(standIn.calls('views.open').at(-1)?.args.view);
    expect(again).toContain('"initial_value":"Ana Silva"');
    expect(again).toContain('"initial_value":"3"');
  });

  it('keeps the start of a paste too long for the form to carry, and says so', async () => {
    await app.command(`${NAMELESS}\n${'More text. '.repeat(600)}`, { responseUrlId: 'long' });
    const form = openedView(standIn.calls('views.open').at(-1));
    expect(form.private_metadata.length).toBeLessThanOrEqual(3000);
    await app.closeView({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: {} });
    const reply = standIn.responsePosts('long').at(-1)?.body as { blocks: unknown[] };
    assertValidMessage(reply);
    expect(JSON.stringify(reply.blocks)).toContain('someone-nameless');
    expect(JSON.stringify(reply.blocks)).toContain('too long to keep whole');
  });

  it('a form opened blank closes quietly', async () => {
    await app.command('', { responseUrlId: 'blank' });
    const form = openedView(standIn.calls('views.open').at(-1));
    expect(standIn.calls('views.open').at(-1)?.args.view).not.toHaveProperty('notify_on_close');
    // Slack would not send this; if it did, nothing is said.
    await app.closeView({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: formValues('Ana Silva') });
    expect(standIn.responsePosts('blank')).toEqual([]);
  });
});

describe('decisions and words typed in a modal, when they cannot be saved', () => {
  // Each is stored before the modal is acked, and nothing before the write waits on Slack: the
  // modal stays open, everything typed still in it, and nothing needs telling by DM.
  function dmsTo(user: string): RecordedCall[] {
    return standIn.calls('chat.postMessage').filter((call) => call.args.channel === user);
  }

  it('Ignore: the form stays open with the reason and note in it, and the invitation stays undecided', async () => {
    const { invitationId, ts } = await checkPriya();
    const metadata = await openFromCard(ACTIONS.ignore, invitationId, ts);
    const answer = await submitRefused(OWNER, VIEWS.ignoreReason, metadata, {
      [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
      [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Met at <!here> & forgot') },
    });
    expect(answer).toEqual(keptOpen(INPUTS.ignoreReason.block));
    expect(dmsTo(OWNER)).toEqual([]);
    expect(standIn.calls('chat.update')).toEqual([]);
    refuseWrites(false);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'pending' });
    expect(app.logLines.join('\n')).toMatch(/Recording an Ignore failed; the form stays open/);
  });

  it('Edit details: the form stays open, and the invitation and its card stay as they were', async () => {
    const { invitationId, ts } = await checkPriya();
    const before = app.db.prepare('SELECT * FROM invitations WHERE id = ?').get(invitationId);
    const metadata = await openFromCard(ACTIONS.editDetails, invitationId, ts);
    const answer = await submitRefused(OWNER, VIEWS.editDetails, metadata, formValues('Ana <@U0MATE0001> Silva'));
    expect(answer).toEqual(keptOpen(INPUTS.name.block));
    expect(dmsTo(OWNER)).toEqual([]);
    expect(standIn.calls('chat.update')).toEqual([]);
    refuseWrites(false);
    expect(app.db.prepare('SELECT * FROM invitations WHERE id = ?').get(invitationId)).toEqual(before);
  });

  it('Block and Change decision: the form stays open, and the decision stands', async () => {
    const { invitationId, ts } = await checkPriya();
    const blockMetadata = await openFromCard(ACTIONS.block, invitationId, ts);
    const blocked = await submitRefused(OWNER, VIEWS.blockReason, blockMetadata, {
      [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('Sent <b>crypto</b> offers') },
    });
    expect(blocked).toEqual(keptOpen(INPUTS.blockReason.block));

    refuseWrites(false);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: invitationId, channel_id: CHANNEL, message_ts: ts });
    const changeMetadata = await openFromCard(ACTIONS.changeDecision, invitationId, ts);
    standIn.reset();
    const changed = await submitRefused(OWNER, VIEWS.changeDecision, changeMetadata, {
      [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: staticSelectValue('ignored') },
      [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue('They kept pitching') },
    });
    expect(changed).toEqual(keptOpen(INPUTS.newDecision.block));
    expect(dmsTo(OWNER)).toEqual([]);
    refuseWrites(false);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'accepted' });
  });

  it('a teammate’s word: the form stays open, and nothing is saved', async () => {
    const { invitationId, ts } = await checkPriya();
    const metadata = await openFromCard(ACTIONS.voiceKnows, invitationId, ts, TEAMMATE);
    const answer = await submitRefused(TEAMMATE, VIEWS.voice, metadata, {
      [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
      [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('Worked with her at Acme') },
    });
    expect(answer).toEqual(keptOpen(INPUTS.voiceKind.block));
    expect(dmsTo(TEAMMATE)).toEqual([]);
    refuseWrites(false);
    expect(count('teammate_voices')).toBe(0);
  });

  it('settings: the form stays open, and nothing is saved', async () => {
    const answer = await submitRefused(OWNER, VIEWS.settings, undefined, {
      [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('fintech, climate & energy') },
      [INPUTS.focusRoles.block]: { [INPUTS.focusRoles.action]: plainTextValue('Data Partnerships') },
      [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(null) },
      [INPUTS.focusText.block]: { [INPUTS.focusText.action]: plainTextValue('People building <open> data tools') },
      [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('08:00') },
      [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('16:00') },
      [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4']) },
      [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('0') },
      [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
    });
    expect(answer).toEqual(keptOpen(INPUTS.focusIndustries.block));
    expect(dmsTo(OWNER)).toEqual([]);
    refuseWrites(false);
    expect(count('user_settings')).toBe(0);
  });

  it('settings opened by the command: the form stays open, and nothing is said beside the command', async () => {
    await app.command('settings', { triggerId: '333.444.settings', responseUrlId: 'settings-command' });
    const form = openedView(standIn.calls('views.open').at(-1));
    standIn.reset();
    const answer = await submitRefused(OWNER, VIEWS.settings, form.private_metadata, {
      [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('fintech') },
      [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2']) },
      [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
    });
    expect(answer).toEqual(keptOpen(INPUTS.focusIndustries.block));
    expect(standIn.responsePosts('settings-command')).toEqual([]);
    expect(standIn.calls('chat.postMessage')).toHaveLength(0);
  });
});

describe('settings closed before they could be saved', () => {
  it('give back the start time typed when the end was left to the workspace, and the end typed when the start was', async () => {
    // Another connection holds the write lock past the ack's wait, then past the busy timeout.
    const other = new Database(database.path);
    app.db.pragma('busy_timeout = 200');
    try {
      for (const [start, end, shown] of [
        ['07:30', null, "07:30 to 18:00 (the workspace's end)"],
        [null, '16:45', "09:00 (the workspace's start) to 16:45"],
      ] as const) {
        await app.command('settings', { triggerId: `333.444.${start ?? end}`, responseUrlId: `settings-${start ?? end}` });
        const form = openedView(standIn.calls('views.open').at(-1));
        other.exec('BEGIN IMMEDIATE');
        const answer = await app.submit({
          user_id: OWNER,
          callback_id: VIEWS.settings,
          private_metadata: form.private_metadata,
          values: {
            [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue(start) },
            [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue(end) },
            [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2']) },
            [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
          },
        });
        other.exec('ROLLBACK');
        expect(answer.json).toBeNull(); // acked: the form closed
        const told = JSON.stringify(standIn.responsePosts(`settings-${start ?? end}`).at(-1)?.body);
        expect(told).toContain("I couldn't save your settings");
        expect(told).toContain('Working hours');
        expect(told).toContain(shown);
      }
    } finally {
      other.close();
    }
    expect(count('user_settings')).toBe(0);
  });
});

describe('a teammate’s word saved, whose re-weighing cannot be stored', () => {
  it('keeps the word and tells the teammate it is saved, not lost', async () => {
    const { invitationId, ts } = await checkPriya();
    const metadata = await openFromCard(ACTIONS.voiceKnows, invitationId, ts, TEAMMATE);
    app.db.exec(`CREATE TEMP TRIGGER refuse_reweighing BEFORE UPDATE OF score ON invitations
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('Worked with her at Acme') },
      },
    });
    expect(count('teammate_voices')).toBe(1);
    const told = standIn.calls('chat.postMessage').filter((call) => call.args.channel === TEAMMATE);
    expect(told).toHaveLength(1);
    expect(allText(told[0])).toContain('Saved: your word about *Priya Raman*');
    expect(allText(told[0])).not.toMatch(/couldn.t save/i);
    expect(app.logLines.join('\n')).toMatch(/word is saved, but the invitation could not be weighed again/);
  });
});

/** Only noting where a card is fails, as when the disk fills between posting it and noting it. */
function refuseCardLocation(): void {
  app.db.exec(`CREATE TEMP TRIGGER refuse_card_location BEFORE UPDATE OF message_ts ON invitations
    BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
}

describe('a check stored and shown, whose card location cannot be noted', () => {
  it('keeps the one card and the check, and does not tell the person it was lost', async () => {
    refuseCardLocation();
    await app.command(PRIYA, { responseUrlId: 'located' });
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(standIn.responsePosts('located')).toEqual([]);
    expect(app.db.prepare('SELECT status, message_ts FROM invitations').all()).toEqual([{ status: 'pending', message_ts: null }]);
    expect(app.logLines.join('\n')).toMatch(/The card is shown, but where it is could not be stored/);
  });

  it('learns where the card is from the next click on it, and redraws it from then on', async () => {
    refuseCardLocation();
    await app.command(PRIYA);
    app.db.exec('DROP TRIGGER refuse_card_location');
    const card = standIn.calls('chat.postMessage')[0];
    const id = buttonValue(card, ACTIONS.accept);
    const ts = String(card?.response.ts);
    const location = () => app.db.prepare('SELECT channel_id, message_ts FROM invitations WHERE id = ?').get(id);

    // A click from elsewhere (a review, the Home tab) says nothing about where the card is.
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.voiceKnows, block_id: `review:${id}`, value: id, channel_id: 'D0MATE0001', message_ts: '1.2' });
    expect(location()).toEqual({ channel_id: CHANNEL, message_ts: null });
    // A teammate's click on the card itself does.
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.voiceKnows, block_id: `voice:${id}`, value: id, channel_id: CHANNEL, message_ts: ts });
    expect(location()).toEqual({ channel_id: CHANNEL, message_ts: ts });

    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, block_id: `decide:${id}`, value: id, channel_id: CHANNEL, message_ts: ts });
    const update = standIn.calls('chat.update').at(-1);
    expect(update?.args).toMatchObject({ channel: CHANNEL, ts });
    expect(allText(update)).toContain('Accepted');
  });
});
