import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeExpiredDetails } from '../../src/jobs/retention.js';
import { personKey } from '../../src/domain/person-key.js';
import type { Recommendation } from '../../src/domain/types.js';
import { reweighedAfterDecision } from '../../src/services/invitations/index.js';
import { RECOMMENDATION_WORDS } from '../../src/views/invitation-card.js';
import { nothingToSaveModal } from '../../src/views/nothing-to-save.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidMessage, assertValidModal } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { plainTextValue } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { invitationFormValues } from '../support/invitation-form.js';

// Edit details: the owner puts right what the app read wrongly; the card and the weighing follow.

/** A one-line check typed in a hurry: the name misspelt, the role short, no mutual count, no link. */
const HURRIED = 'Priya Ramen | Data person | 0 mutual';

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

async function check(text: string): Promise<{ id: number; ts: string; card: RecordedCall }> {
  await app.command(text);
  const card = standIn.calls('chat.postMessage').at(-1) as RecordedCall;
  return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card.response.ts), card };
}

function clickEdit(invitation: { id: number; ts: string }, user = OWNER) {
  return app.click({ user_id: user, action_id: ACTIONS.editDetails, value: String(invitation.id), block_id: `decide:${invitation.id}`, channel_id: CHANNEL, message_ts: invitation.ts });
}

function corrected(overrides: Record<string, Record<string, unknown>> = {}): Record<string, Record<string, unknown>> {
  return {
    ...invitationFormValues({
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      profileUrl: 'linkedin.com/in/priya-raman-data',
      mutualConnections: '14',
      note: 'We met at the Data Council panel last week.',
      source: 'LinkedIn email',
    }),
    ...overrides,
  };
}

function saveEdit(invitationId: number, values: Record<string, Record<string, unknown>>) {
  return app.submit({ user_id: OWNER, callback_id: VIEWS.editDetails, private_metadata: JSON.stringify({ invitationId }), values, view_id: `V0EDIT${invitationId}` });
}

function stored(id: number) {
  return app.db
    .prepare('SELECT name, headline, company, profile_url, mutual_connections, note, source, person_key, recommendation, score, status FROM invitations WHERE id = ?')
    .get(id) as Record<string, unknown>;
}

describe('Edit details', () => {
  it('opens the form filled in with what is stored, for the owner', async () => {
    const invitation = await check(HURRIED);
    await clickEdit(invitation);
    const opened = standIn.calls('views.open').at(-1);
    const view = opened?.args.view as Parameters<typeof assertValidModal>[0] & { callback_id: string; private_metadata: string };
    assertValidModal(view);
    expect(view.callback_id).toBe(VIEWS.editDetails);
    expect(JSON.parse(view.private_metadata)).toEqual({ invitationId: invitation.id });
    expect(allText(opened)).toContain('"initial_value":"Priya Ramen"');
    expect(allText(opened)).toContain('"initial_value":"Data person"');
    expect(allText(opened)).toContain('"initial_value":"0"');
  });

  it('stores the correction, weighs it again and redraws the card in place', async () => {
    const invitation = await check(HURRIED);
    const before = stored(invitation.id);
    const response = await saveEdit(invitation.id, corrected());
    expect(response.status).toBe(200);
    expect(response.text).toBe('');

    const after = stored(invitation.id);
    expect(after).toMatchObject({
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      profile_url: 'https://www.linkedin.com/in/priya-raman-data',
      mutual_connections: 14,
      note: 'We met at the Data Council panel last week.',
      source: 'LinkedIn email',
      person_key: personKey('Priya Raman', 'Head of Data Partnerships'),
      status: 'pending',
    });
    expect(Number(after.score)).toBeGreaterThan(Number(before.score));
    expect(after.recommendation).toBe('accept');

    const update = standIn.calls('chat.update').at(-1);
    expect(update?.args).toMatchObject({ channel: CHANNEL, ts: invitation.ts });
    assertValidMessage(update?.args ?? {});
    const text = allText(update);
    expect(text).toContain('Priya Raman');
    expect(text).not.toContain('Priya Ramen');
    expect(text).toContain('14 mutual connections');
    expect(text).toContain('Came in via LinkedIn email');
    // The corrected card still offers the decisions, and the Home tab follows.
    expect(buttonValue(update, ACTIONS.accept)).toBe(String(invitation.id));
    expect(standIn.calls('views.publish').at(-1)?.args.user_id).toBe(OWNER);
  });

  it('links the corrected person to later checks of them', async () => {
    const invitation = await check(HURRIED);
    await saveEdit(invitation.id, corrected());
    await check('Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data');
    const later = standIn.calls('chat.postMessage').at(-1);
    expect(allText(later)).toContain('Seen before in this workspace');
  });

  it('keeps a decision as it was, and redraws the decided card', async () => {
    const invitation = await check(HURRIED);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: String(invitation.id), block_id: `decide:${invitation.id}`, channel_id: CHANNEL, message_ts: invitation.ts });
    const decidedOn = stored(invitation.id);
    await saveEdit(invitation.id, corrected());
    // The recommendation and score it was decided on stay; the corrected details' weight is a reason.
    const after = stored(invitation.id);
    expect(after).toMatchObject({ name: 'Priya Raman', status: 'accepted', recommendation: decidedOn.recommendation, score: decidedOn.score });
    const update = standIn.calls('chat.update').at(-1);
    expect(allText(update)).toContain('*Accepted* by');
    expect(allText(update)).toContain('Priya Raman');
    expect(allText(update)).toContain(
      `*Recommended when decided:* ${RECOMMENDATION_WORDS[decidedOn.recommendation as Recommendation]}  ·  score ${String(decidedOn.score)}/100`,
    );
    expect(allText(update)).toMatch(
      /With the corrected details, the recommendation would be: (accept|take a closer look|ignore) \(\d+\/100\)\. The recommendation and score above are the ones the decision was made on\./,
    );
  });

  it('says nothing of the corrected weighing on a decided card when it weighs the same', async () => {
    const invitation = await check(HURRIED);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: String(invitation.id), block_id: `decide:${invitation.id}`, channel_id: CHANNEL, message_ts: invitation.ts });
    const decidedOn = stored(invitation.id);
    // Only the spelling of the name and where it came from: the weighing is the one decided on.
    await saveEdit(invitation.id, invitationFormValues({ name: 'Priya Raman', headline: 'Data person', mutualConnections: '0', source: 'LinkedIn email' }));
    const after = stored(invitation.id);
    expect(after).toMatchObject({ name: 'Priya Raman', recommendation: decidedOn.recommendation, score: decidedOn.score });
    const update = standIn.calls('chat.update').at(-1);
    expect(allText(update)).toContain('Priya Raman');
    expect(allText(update)).not.toContain('With the corrected details');
  });

  it('names the corrected weighing in the card\'s words, and addresses nobody: the whole channel reads it', () => {
    const line = reweighedAfterDecision({ recommendation: 'review', score: 55 });
    expect(line).toBe(
      'With the corrected details, the recommendation would be: take a closer look (55/100). The recommendation and score above are the ones the decision was made on.',
    );
    expect(line).not.toMatch(/\breview\b|\byou\b/);
  });

  it('refuses what the invitation form refuses, beside the field, and changes nothing', async () => {
    const invitation = await check(HURRIED);
    const before = stored(invitation.id);
    const response = await saveEdit(invitation.id, corrected({ [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: plainTextValue('https://example.com/priya') } }));
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.profileUrl.block]: expect.stringContaining("doesn't look like a profile address I can link to") } });
    const empty = await saveEdit(invitation.id, corrected({ [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('   ') } }));
    expect(empty.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.name.block]: 'Please enter their name.' } });
    for (const notAName of ['🎉🎉🎉', '12345', '— … !']) {
      const refused = await saveEdit(invitation.id, corrected({ [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(notAName) } }));
      expect(refused.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.name.block]: 'Please enter their name: it needs at least one letter.' } });
    }
    expect(stored(invitation.id)).toEqual(before);
    expect(standIn.calls('chat.update')).toEqual([]);
  });

  it('tells the owner privately when the card cannot be redrawn for good, without promising a later redraw; the correction is kept', async () => {
    const invitation = await check(HURRIED);
    standIn.failNext('chat.update', { error: 'message_not_found' });
    await saveEdit(invitation.id, corrected({ [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Priya <!channel> Raman') } }));
    expect(stored(invitation.id)).toMatchObject({ name: 'Priya <!channel> Raman' });
    const note = standIn.calls('chat.postEphemeral').at(-1);
    expect(note?.args).toMatchObject({ channel: CHANNEL, user: OWNER });
    expect(allText(note)).toContain("Slack won't let me change the card any more");
    expect(allText(note)).toContain('They are kept all the same.');
    expect(allText(note)).not.toContain('just now');
    expect(allText(note)).toContain('Priya &lt;!channel&gt; Raman');
  });

  it('says "just now" when Slack failed for a while, which a later redraw can make true', async () => {
    const invitation = await check(HURRIED);
    standIn.failNext('chat.update', { error: 'service_unavailable' });
    await saveEdit(invitation.id, corrected());
    expect(stored(invitation.id)).toMatchObject({ mutual_connections: 14 });
    const note = standIn.calls('chat.postEphemeral').at(-1);
    expect(allText(note)).toContain("I couldn't update the card just now, so it may still show what I read before.");
    expect(allText(note)).not.toContain("won't let me change");
  });

  it('refuses an invitation whose details retention removed, by button and by modal', async () => {
    const invitation = await check(HURRIED);
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: String(invitation.id), block_id: `decide:${invitation.id}`, channel_id: CHANNEL, message_ts: invitation.ts });
    expect(await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'))).toBe(1);
    const before = stored(invitation.id);

    await clickEdit(invitation);
    expect(standIn.calls('views.open')).toEqual([]);
    expect(JSON.stringify(standIn.responsePosts('action').at(-1)?.body)).toContain('details were removed after the retention period');

    // The form cannot be saved, whatever is typed in it: it becomes a view saying so, with only Close.
    const response = await saveEdit(invitation.id, corrected());
    expect(response.json).toEqual({ response_action: 'update', view: nothingToSaveModal('detailsRemoved') });
    expect(stored(invitation.id)).toEqual(before);
  });
});
