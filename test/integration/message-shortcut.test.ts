import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, SHORTCUTS, VIEWS } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { messageShortcutBody, numberValue, plainTextValue, radioValue } from '../support/slack-requests.js';
import { startSlackStandIn, DEFAULT_BOT_ID, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// "Check this invitation" in a message's ⋯ menu: the message is read as a pasted invitation.

/** Priya's invitation as a person pastes it into a channel: Slack's markup for the link. */
const PASTED = [
  'Can someone check this one for me?',
  'Priya Raman',
  'Head of Data Partnerships at Northwind Analytics',
  'Priya Raman wants to connect',
  '"Hi Sam, we met at the Data Council panel last week - would love to stay in touch."',
  '14 mutual connections',
  'View profile: <https://www.linkedin.com/in/priya-raman-data>',
].join('\n');

/** An invitation e-mail forwarded to the channel's e-mail address: Slack keeps it as a file. */
function forwardedEmail(body: string): Record<string, unknown> {
  return {
    text: '',
    subtype: 'bot_message',
    files: [
      {
        id: 'F0EMAIL001',
        filetype: 'email',
        mode: 'email',
        subject: 'Marco Bellini wants to connect',
        from: [{ address: 'invitations@linkedin.com', name: 'Marco Bellini via LinkedIn', original: 'Marco Bellini via LinkedIn <invitations@linkedin.com>' }],
        plain_text: body,
        preview_plain_text: body.slice(0, 100),
      },
    ],
  };
}

const EMAIL_BODY = [
  'Hi Sam,',
  '',
  "I'd like to join your LinkedIn network.",
  '',
  'Marco Bellini',
  'Founder & CEO at Bellini Ventures',
  'Milan, Italy',
  '',
  'Accept: https://www.linkedin.com/comm/mynetwork/discovery-see-all?usecase=PEOPLE&trk=eml',
  'View profile: https://www.linkedin.com/comm/in/marco-bellini-ventures?midToken=AQ&trk=eml',
  '3 connections in common',
  '',
  'You received an invitation to connect. Unsubscribe: https://www.linkedin.com/e/v2?e=abc',
].join('\n');

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/**
 * A teammate's *I know them*, with a note, on a posted card (or the copy `at` names, as Slack
 * stored it): the owner hears of it privately, beside the card.
 */
async function comment(card: RecordedCall | undefined, note: string | null, at?: { ts: string; message: Record<string, unknown> }): Promise<void> {
  const invitationId = buttonValue(card, ACTIONS.voiceKnows);
  // The button's block names its card, as on a real card: a click is then read as on that copy.
  await app.click({
    user_id: TEAMMATE,
    action_id: ACTIONS.voiceKnows,
    block_id: `voice:${invitationId}`,
    value: invitationId,
    channel_id: CHANNEL,
    message_ts: at?.ts ?? String(card?.response.ts),
    ...(at === undefined ? {} : { message: at.message }),
  });
  const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
  await app.submit({
    user_id: TEAMMATE,
    callback_id: VIEWS.voice,
    private_metadata: modal.private_metadata,
    values: {
      [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
      [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(note) },
    },
  });
}

function storedChecks(): { owner_id: string; name: string; channel_id: string; request_key: string }[] {
  return app.db.prepare('SELECT owner_id, name, channel_id, request_key FROM invitations ORDER BY id').all() as never;
}

describe('Check this invitation (message shortcut)', () => {
  it('reads a pasted invitation in a message and posts the card there, with the person who chose it deciding', async () => {
    const response = await app.shortcut({ text: PASTED }, { user: TEAMMATE, triggerId: '555.666.shortcut' });
    expect(response.status).toBe(200);
    const card = standIn.calls('chat.postMessage').at(-1);
    expect(card?.args.channel).toBe(CHANNEL);
    assertValidMessage(card?.args ?? {});
    const text = allText(card);
    expect(text).toContain('Priya Raman');
    expect(text).toContain('https://www.linkedin.com/in/priya-raman-data');
    expect(text).toContain(`Forwarded by <@${TEAMMATE}>, who decides`);
    expect(storedChecks()).toEqual([{ owner_id: TEAMMATE, name: 'Priya Raman', channel_id: CHANNEL, request_key: 'shortcut:555.666.shortcut' }]);

    // The card works like any other: its owner accepts from it.
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
    expect(app.db.prepare('SELECT status FROM invitations').get()).toEqual({ status: 'accepted' });
  });

  it('reads an invitation e-mail forwarded to Slack, whose text is in the file, sender and subject included', async () => {
    await app.shortcut(forwardedEmail(EMAIL_BODY));
    const card = standIn.calls('chat.postMessage').at(-1);
    const text = allText(card);
    expect(text).toContain('Marco Bellini');
    expect(text).toContain('Founder &amp; CEO');
    expect(text).toContain('Bellini Ventures');
    expect(text).toContain('https://www.linkedin.com/in/marco-bellini-ventures');
    expect(text).toContain('3 mutual connections');
    expect(text).not.toContain('Unsubscribe');
    expect(storedChecks()).toMatchObject([{ owner_id: OWNER, name: 'Marco Bellini' }]);
  });

  it('reads a forwarded e-mail whose file carries only its preview, sender and subject included', async () => {
    const email = forwardedEmail(EMAIL_BODY);
    const [file] = email.files as Record<string, unknown>[];
    await app.shortcut({ ...email, files: [{ ...file, plain_text: undefined, preview_plain_text: EMAIL_BODY, has_more: false }] });
    const text = allText(standIn.calls('chat.postMessage').at(-1));
    expect(text).toContain('Founder &amp; CEO');
    expect(text).toContain('https://www.linkedin.com/in/marco-bellini-ventures');
    expect(storedChecks()).toMatchObject([{ name: 'Marco Bellini' }]);
  });

  it('reads an HTML-only e-mail (no text part) from its HTML, and one with no body at all from its sender and subject', async () => {
    const html =
      '<div>Hi Sam,</div><div>I&#39;d like to join your LinkedIn network.</div><p>Marco Bellini<br>Founder &amp; CEO at Bellini Ventures</p>' +
      '<p><a href="https://www.linkedin.com/comm/in/marco-bellini-ventures?trk=eml">View profile</a></p><p>3 connections in common</p>';
    const email = forwardedEmail(EMAIL_BODY);
    const [file] = email.files as Record<string, unknown>[];
    await app.shortcut({ ...email, files: [{ ...file, plain_text: '', preview_plain_text: '', preview: html }] });
    const text = allText(standIn.calls('chat.postMessage').at(-1));
    expect(text).toContain('Founder &amp; CEO');
    expect(text).toContain('3 mutual connections');
    expect(text).not.toContain('&lt;div');

    // Nothing of the body came at all: the sender and subject still name the person.
    await app.shortcut({ ...email, files: [{ ...file, plain_text: '', preview_plain_text: '' }] });
    expect(storedChecks().map((check) => check.name)).toEqual(['Marco Bellini', 'Marco Bellini']);
    expect(standIn.calls('views.open')).toEqual([]);
  });

  it('reads an HTML-only e-mail as LinkedIn sends it, the name a link, in a whole <html> document', async () => {
    const html =
      '<html>\n<body>\n<p>Hi Sam,</p>\n<p><a href="https://www.linkedin.com/comm/in/ana-silva-pg?midToken=AQ&amp;trk=eml">Ana Silva</a></p>\n' +
      '<p>Head of Growth at Procter &amp; Gamble</p>\n<p>9 connections in common</p>\n</body>\n</html>';
    const email = forwardedEmail(EMAIL_BODY);
    const [file] = email.files as Record<string, unknown>[];
    await app.shortcut({ ...email, files: [{ ...file, subject: 'Ana Silva wants to connect', plain_text: '', preview_plain_text: '', preview: html }] });
    const text = allText(standIn.calls('chat.postMessage').at(-1));
    expect(text).toContain('Head of Growth');
    expect(text).toContain('Procter &amp; Gamble');
    expect(text).not.toContain('&lt;html');
  });

  it('follows another app\'s rich text lists only as deep as Slack nests them, and answers however deep they go', async () => {
    // Written out by hand: JSON.stringify cannot build 30,000 levels, and JSON.parse reads them.
    const depth = 30_000;
    const leaf = JSON.stringify({ type: 'rich_text_section', elements: [{ type: 'text', text: 'deep' }] });
    const deep = `${'{"type":"rich_text_list","style":"bullet","elements":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
    const top = { type: 'rich_text_section', elements: [{ type: 'text', text: 'Priya Raman | Head of Data at Northwind | 14 mutual' }] };
    const body = messageShortcutBody({
      team_id: TEAM,
      user_id: OWNER,
      channel_id: CHANNEL,
      callback_id: SHORTCUTS.checkMessage,
      response_url: standIn.responseUrl('deep'),
      message: { text: 'New invitation', subtype: 'bot_message', blocks: [{ type: 'rich_text', elements: [top, '__DEEP__'] }] },
    });
    const payload = new URLSearchParams(body).get('payload') ?? '';
    await app.send(new URLSearchParams([['payload', payload.replace('"__DEEP__"', deep)]]).toString());
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman' }]);
    expect(app.logLines.filter((line) => line.includes('RangeError'))).toEqual([]);
  });

  it('reads a message forwarded or shared inside Slack, whose text is in its attachment', async () => {
    await app.shortcut({ text: '', attachments: [{ is_share: true, is_msg_unfurl: true, text: 'Priya Raman | Head of Data at Northwind | 14 mutual', fallback: 'Priya Raman', author_name: 'Kim' }] });
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('Priya Raman');
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman' }]);
  });

  it('reads a forwarded e-mail of any length from its start', async () => {
    await app.shortcut(forwardedEmail(`${EMAIL_BODY}\n${'Footer text. '.repeat(30_000)}`));
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('Marco Bellini');
    expect(storedChecks()).toMatchObject([{ name: 'Marco Bellini' }]);
  });

  it("reads another bot's message whose invitation is only in its blocks, its text a short fallback", async () => {
    // A section's mrkdwn, escaped as Slack's markup is, with a link.
    const section = PASTED.replace('Northwind Analytics', 'Northwind &amp; Co');
    await app.shortcut({ text: 'New LinkedIn invitation', bot_id: 'B0ZAPIER01', subtype: 'bot_message', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: section } }] });
    let card = allText(standIn.calls('chat.postMessage').at(-1));
    expect(card).toContain('Northwind &amp; Co');
    expect(card).not.toContain('&amp;amp;');
    expect(card).toContain('https://www.linkedin.com/in/priya-raman-data');

    // Rich text holds plain characters: an "&" or a typed "<!channel>" in it is text, never markup.
    const richText = {
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: 'Ana Silva\nHead of Growth at Procter & Gamble <!channel>\nAna Silva wants to connect\n9 mutual connections\n' },
            { type: 'link', url: 'https://www.linkedin.com/in/ana-silva-pg', text: 'View profile' },
          ],
        },
      ],
    };
    await app.shortcut({ text: 'New invitation', bot_id: 'B0BRIDGE01', subtype: 'bot_message', blocks: [richText] });
    const post = standIn.calls('chat.postMessage').at(-1);
    card = allText(post);
    expect(card).toContain('Procter &amp; Gamble');
    expect(card).toContain('9 mutual connections');
    expect(card).toContain('https://www.linkedin.com/in/ana-silva-pg');
    assertNoForeignControlSequences(JSON.stringify(post?.args), [OWNER]);
    expect(storedChecks().map((check) => check.name)).toEqual(['Priya Raman', 'Ana Silva']);
  });

  it("reads a person's message from its text when its blocks hold no more than that", async () => {
    const richText = { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'Someone Else | Chef | 2 mutual' }] }] };
    await app.shortcut({ text: 'Priya Raman | Head of Data at Northwind | 14 mutual connections', blocks: [richText] });
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman' }]);
  });

  it('opens the form, filled in with what it found, when the message names nobody', async () => {
    await app.shortcut({ text: '14 mutual connections <https://www.linkedin.com/in/someone-nameless>' }, { triggerId: '777.888.form' });
    const opened = standIn.calls('views.open').at(-1);
    expect(opened?.args.trigger_id).toBe('777.888.form');
    expect(opened?.args.view).toMatchObject({ callback_id: VIEWS.invitationForm });
    expect(allText(opened)).toContain('https://www.linkedin.com/in/someone-nameless');
    expect(allText(opened)).toContain("Fill in what's missing");
    expect(JSON.parse(String((opened?.args.view as { private_metadata: string }).private_metadata))).toMatchObject({ channelId: CHANNEL });
    expect(storedChecks()).toEqual([]);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
  });

  it('posts the card in the thread when the message is a reply in one, and beside the message otherwise', async () => {
    await app.shortcut({ text: PASTED, ts: '1700000200.000300', thread_ts: '1700000100.000100' });
    expect(standIn.calls('chat.postMessage').at(-1)?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1700000100.000100' });

    // A thread's first message: its card goes in the channel beside it, as for any other message.
    await app.shortcut({ text: PASTED.replace('Priya Raman', 'Ana Silva'), ts: '1700000300.000100', thread_ts: '1700000300.000100' });
    expect(standIn.calls('chat.postMessage').at(-1)?.args.thread_ts).toBeUndefined();
  });

  it("sends the owner's private notes about a card in a thread to that thread", async () => {
    await app.shortcut({ text: PASTED, ts: '1700000200.000300', thread_ts: '1700000100.000100' });
    await comment(standIn.calls('chat.postMessage').at(-1), 'We worked together at Northwind');
    const note = standIn.calls('chat.postEphemeral').at(-1);
    expect(note?.args).toMatchObject({ channel: CHANNEL, user: OWNER, thread_ts: '1700000100.000100' });
    expect(allText(note)).toContain('We worked together at Northwind');

    // A card beside its message, in no thread: its notes go to the channel as before.
    await app.shortcut({ text: PASTED.replace('Priya Raman', 'Ana Silva'), ts: '1700000300.000100' });
    await comment(standIn.calls('chat.postMessage').at(-1), null);
    expect(standIn.calls('chat.postEphemeral').at(-1)?.args.thread_ts).toBeUndefined();
  });

  it('keeps the thread of a card adopted from a post Slack never answered', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, webClientOptions: { timeout: 400 } });
    // Slack stores the card in the thread but answers too late: the app never learns its ts.
    standIn.failNext('chat.postMessage', { delayMs: 1500 });
    await app.shortcut({ text: PASTED, ts: '1700000200.000300', thread_ts: '1700000100.000100' });
    const post = standIn.calls('chat.postMessage').at(-1);
    const stored = standIn.messages(CHANNEL).at(-1);
    const ts = String(stored?.ts);
    // A teammate comments from that copy, in the thread: Slack's payload names the thread's parent.
    await comment(post, 'We worked together', { ts, message: { ...stored, type: 'message', ts, thread_ts: '1700000100.000100' } });
    const note = standIn.calls('chat.postEphemeral').filter((call) => call.args.user === OWNER).at(-1);
    expect(allText(note)).toContain('We worked together');
    expect(note?.args.thread_ts).toBe('1700000100.000100');
  });

  it('keeps the thread through the form, when a reply in a thread names nobody', async () => {
    await app.shortcut({ text: '14 mutual connections', ts: '1700000200.000300', thread_ts: '1700000100.000100' });
    const view = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    expect(JSON.parse(view.private_metadata)).toMatchObject({ channelId: CHANNEL, threadTs: '1700000100.000100' });

    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.invitationForm,
      private_metadata: view.private_metadata,
      values: {
        [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Ana Silva') },
        [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue('14') },
      },
    });
    expect(standIn.calls('chat.postMessage').at(-1)?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1700000100.000100' });
  });

  it('opens an empty form, saying why, on a message with no text', async () => {
    await app.shortcut({ text: '', files: [{ id: 'F0IMAGE001', filetype: 'png', mode: 'hosted' }] });
    const opened = standIn.calls('views.open').at(-1);
    expect(opened?.args.view).toMatchObject({ callback_id: VIEWS.invitationForm });
    expect(allText(opened)).toContain('That message has no text I can read');
    expect(storedChecks()).toEqual([]);
  });

  it("refuses the app's own messages, privately, and stores nothing", async () => {
    await app.shortcut({ text: 'Priya Raman wants to connect. Recommended: accept (90/100)', bot_id: DEFAULT_BOT_ID, subtype: 'bot_message' });
    const reply = standIn.responsePosts('shortcut').at(-1);
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body)).toContain('one of my own messages');
    expect(storedChecks()).toEqual([]);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(standIn.calls('views.open')).toEqual([]);
  });

  it('escapes what the message says, so a name cannot ping the channel', async () => {
    await app.shortcut({ text: '&lt;!channel&gt; Bob &amp; <!here> | Boss at <@U0MATE0001> | 0 mutual' });
    const card = standIn.calls('chat.postMessage').at(-1);
    expect(allText(card)).not.toMatch(/<!channel>|<!here>|<@U0MATE0001>/);
    assertValidMessage(card?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(card?.args), [OWNER]);
  });

  it('stores a repeated delivery of the same shortcut once', async () => {
    await app.shortcut({ text: PASTED }, { triggerId: '999.000.same' });
    await app.shortcut({ text: PASTED }, { triggerId: '999.000.same' });
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(storedChecks()).toHaveLength(1);
  });

  it('shows the card only to the person who chose it, with a way to add the app, where the app is not a member', async () => {
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await app.shortcut({ text: PASTED }, { channel: 'C0ELSEWHRE' });
    const reply = standIn.responsePosts('shortcut').at(-1);
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body)).toContain('Priya Raman');
    expect(JSON.stringify(reply?.body)).toContain('/invite @invite-check');
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman', channel_id: 'C0ELSEWHRE' }]);
  });

  it('in a direct message between people, shows the card only to them, without suggesting an /invite that cannot work there', async () => {
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await app.shortcut({ text: PASTED }, { channel: 'D0PRIVATE1' });
    const reply = JSON.stringify(standIn.responsePosts('shortcut').at(-1)?.body);
    expect(reply).toContain('Priya Raman');
    expect(reply).toContain("can't post in this direct message");
    expect(reply).not.toContain('/invite');
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman', channel_id: 'D0PRIVATE1' }]);
  });

  it('in a group DM the app is not in, shows the card only to them, saying where the app can post instead of an /invite that cannot work there', async () => {
    const groupDm = { channel_id: 'G0MPIM0001', channel_name: 'mpdm-sam--ana--kim-1' };
    const shortcut = (responseUrl: string) =>
      app.send(messageShortcutBody({ team_id: TEAM, user_id: OWNER, callback_id: SHORTCUTS.checkMessage, ...groupDm, response_url: responseUrl, message: { text: PASTED } }));
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await shortcut(standIn.responseUrl('group'));
    const reply = JSON.stringify(standIn.responsePosts('group').at(-1)?.body);
    expect(reply).toContain('Priya Raman');
    expect(reply).toContain("I can't post in this group DM");
    expect(reply).toContain("channels I'm in");
    expect(reply).not.toContain('/invite');
    expect(storedChecks()).toMatchObject([{ name: 'Priya Raman', channel_id: 'G0MPIM0001' }]);

    // Nor in the DM with the app, when the private copy could not be shown either.
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await shortcut(standIn.responseUrl('gone').replace('/response-url/', '/expired/'));
    const dm = standIn.calls('chat.postMessage').at(-1);
    expect(dm?.args.channel).not.toBe('G0MPIM0001');
    expect(allText(dm)).toContain('group DM');
    expect(allText(dm)).not.toContain('/invite');
    expect(allText(dm)).not.toContain('<#G0MPIM0001>');
  });
});

describe('Check this invitation: people and channels a message mentions by id', () => {
  const JANE = 'U024BE7LH0';

  /** Priya's invitation as another app posts it in rich text, its note mentioning `user` and a channel. */
  function richTextInvitation(user: string): Record<string, unknown> {
    const section = {
      type: 'rich_text_section',
      elements: [
        { type: 'text', text: 'Priya Raman\nHead of Data Partnerships at Northwind Analytics\nPriya Raman wants to connect\n"Hi Sam, ask ' },
        { type: 'user', user_id: user },
        { type: 'text', text: ' about me, we met in ' },
        { type: 'channel', channel_id: 'C0DATA0001' },
        { type: 'text', text: ' last week."\n14 mutual connections\n' },
        { type: 'link', url: 'https://www.linkedin.com/in/priya-raman-data', text: 'View profile' },
      ],
    };
    return { text: 'New invitation', bot_id: 'B0BRIDGE01', subtype: 'bot_message', blocks: [{ type: 'rich_text', elements: [section] }] };
  }

  function storedNote(): string | null {
    const row = app.db.prepare('SELECT note FROM invitations ORDER BY id DESC LIMIT 1').get() as { note: string | null } | undefined;
    return row?.note ?? null;
  }

  it("shows the person's name, from users.info, and a neutral word for a channel, never a live mention or an id", async () => {
    standIn.setUser({ id: JANE, real_name: 'Jane Doe' });
    await app.shortcut(richTextInvitation(JANE));
    const post = standIn.calls('chat.postMessage').at(-1);
    const card = allText(post);
    expect(card).toContain('ask @Jane Doe about me, we met in #channel last week.');
    expect(card).not.toContain(JANE);
    expect(card).not.toContain('C0DATA0001');
    expect(storedNote()).toBe('Hi Sam, ask @Jane Doe about me, we met in #channel last week.');
    assertValidMessage(post?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(post?.args), [OWNER]);
    expect(standIn.calls('users.info').map((call) => call.args.user)).toEqual([JANE]);

    // Asked once: the next check of a message mentioning her reads the name from the cache.
    await app.shortcut({ text: `Ana Silva | Head of Growth at Acme | 9 mutual | linkedin.com/in/ana-silva | ask <@${JANE}>` });
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('ask @Jane Doe');
    expect(standIn.calls('users.info')).toHaveLength(1);
  });

  it('names a person mentioned in a person\'s own message text too, escaped, however their name reads', async () => {
    standIn.setUser({ id: JANE, real_name: 'Jane <!channel> *Doe*' });
    await app.shortcut({ text: `Ana Silva | Head of Growth at Acme | 9 mutual | linkedin.com/in/ana-silva | <@${JANE}> knows her` });
    const post = standIn.calls('chat.postMessage').at(-1);
    expect(allText(post)).toContain('@Jane &lt;!channel&gt; *Doe* knows her');
    assertValidMessage(post?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(post?.args), [OWNER]);
  });

  it('asks Slack about at most five people per check; the others read "@someone"', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `U0PERSON0${i}`);
    for (const id of ids) standIn.setUser({ id, real_name: `Person ${id.slice(-1)}` });
    await app.shortcut({ text: `Ana Silva | Head of Growth at Acme | 9 mutual | linkedin.com/in/ana-silva | ask ${ids.map((id) => `<@${id}>`).join(' ')}` });
    expect(standIn.calls('users.info')).toHaveLength(5);
    const card = allText(standIn.calls('chat.postMessage').at(-1));
    expect(card).toContain('ask @Person 0 @Person 1 @Person 2 @Person 3 @Person 4 @someone @someone @someone');
    expect(card).not.toMatch(/U0PERSON/);
  });

  it('reads "@someone" when Slack refuses, rate-limits or cannot find the person, and checks the invitation all the same', async () => {
    standIn.failNext('users.info', { status: 429, retryAfter: 30 });
    await app.shortcut(richTextInvitation(JANE));
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('ask @someone about me');

    standIn.failNext('users.info', { error: 'user_not_found' });
    await app.shortcut({ text: `Ana Silva | Head of Growth at Acme | 9 mutual | linkedin.com/in/ana-silva | ask <@${JANE}>` });
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('ask @someone');
    expect(storedChecks().map((check) => check.name)).toEqual(['Priya Raman', 'Ana Silva']);
    expect(app.logLines.some((line) => line.includes('could not be had from Slack'))).toBe(true);
  });

  it('waits only a moment for a slow answer: the card comes at once, with "@someone"', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, mentionNamesWaitMs: 100 });
    standIn.failNext('users.info', { delayMs: 1500 });
    const started = Date.now();
    await app.shortcut(richTextInvitation(JANE));
    expect(Date.now() - started).toBeLessThan(1200);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('ask @someone about me');
  });

  it('fills the form in with names too, when the message cannot be read in full', async () => {
    standIn.setUser({ id: JANE, real_name: 'Jane Doe' });
    // No name in the first field: the form opens, its note filled in.
    await app.shortcut({ text: `| Head of Data at Northwind | 14 mutual | <https://www.linkedin.com/in/someone-nameless> | ask <@${JANE}> about me` }, { triggerId: '777.888.named' });
    const opened = standIn.calls('views.open').at(-1);
    expect(opened?.args.trigger_id).toBe('777.888.named');
    expect(allText(opened)).toContain('ask @Jane Doe about me');
    expect(allText(opened)).not.toContain(JANE);
    expect(storedChecks()).toEqual([]);
  });
});
