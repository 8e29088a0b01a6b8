import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_SAVED_KEPT_OPEN } from '../../src/listeners/views/modal-context.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { buttonValue, openedView } from '../support/calls.js';
import { invitationFormValues } from '../support/invitation-form.js';
import { plainTextValue, radioValue, sendSignedRequest, slashCommandBody, viewSubmissionBody, type SignedRequestResult } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, SIGNING_SECRET, TEAM, startTestApp, tempDatabasePath, writeGate, type TestApp, type WriteGate } from '../support/test-app.js';

// Slack sends a command or a form once. A check acked before its commit is lost if the process
// dies in between, while Slack has told the person it arrived; so it is acked once stored, and
// never later than the ack may wait. The app's batched writes are held back here (writeGate) to
// see what Slack has been told while the check is not yet stored.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data | Loved your talk';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let gate: WriteGate;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  gate = writeGate();
});

afterEach(async () => {
  gate.release();
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function start(ackWaitMs?: number): Promise<void> {
  app = await startTestApp({ standIn, databasePath: database.path, writeGate: gate, ...(ackWaitMs === undefined ? {} : { ackWaitMs }) });
}

function stored(): number {
  return (app.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
}

/** Sends a signed request without waiting for the app's work after its ack. */
function sendNow(body: string): { answer: Promise<SignedRequestResult>; answered: () => boolean } {
  let done = false;
  const answer = sendSignedRequest(app.eventsUrl, body, { secret: SIGNING_SECRET }).finally(() => {
    done = true;
  });
  return { answer, answered: () => done };
}

function commandBody(text: string): string {
  return slashCommandBody({ text, user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl('command') });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a pasted check is acked once it is stored', () => {
  it('holds the ack until the commit, then posts the card', async () => {
    await start();
    const sent = sendNow(commandBody(PRIYA));
    await pause(300);
    expect(sent.answered()).toBe(false);
    expect(stored()).toBe(0);

    gate.release();
    const answer = await sent.answer;
    expect(answer.status).toBe(200);
    expect(stored()).toBe(1); // Slack hears "arrived" only once it is in the database
    await app.instance.drain();
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
  });

  it('acks anyway once the ack has waited as long as it may, and stores and posts the check after', async () => {
    await start(150);
    const began = Date.now();
    const sent = sendNow(commandBody(PRIYA));
    const answer = await sent.answer;
    expect(answer.status).toBe(200);
    expect(Date.now() - began).toBeGreaterThanOrEqual(140);
    expect(stored()).toBe(0);
    expect(app.logLines.join('\n')).toContain('Acked before the input was stored');

    gate.release();
    await app.instance.drain();
    expect(stored()).toBe(1);
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
  });

  it('acks a paste it cannot read at once, and opens the form', async () => {
    await start();
    const sent = sendNow(commandBody('Accept Ignore'));
    const answer = await sent.answer;
    expect(answer.status).toBe(200);
    await app.instance.drain();
    expect(standIn.calls('views.open')).toHaveLength(1);
    expect(stored()).toBe(0);
  });
});

describe('the invitation form closes once its check is stored', () => {
  async function formMetadata(): Promise<string> {
    gate.release();
    await app.command('', { triggerId: '111.222.form', responseUrlId: 'form-command' });
    return openedView(standIn.calls('views.open')[0]).private_metadata;
  }

  it('stays open, everything typed in it, when the check cannot be stored', async () => {
    await start();
    const metadata = await formMetadata();
    app.db.pragma('query_only = ON');

    const answer = await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: metadata, values: invitationFormValues({ name: 'Ana Silva' }) });

    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ response_action: 'errors', errors: { [INPUTS.name.block]: NOT_SAVED_KEPT_OPEN } });
    app.db.pragma('query_only = OFF');
    expect(stored()).toBe(0);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(standIn.responsePosts('form-command')).toEqual([]);
    expect(app.logLines.join('\n')).toMatch(/Checking an invitation from the form failed; the form stays open/);
  });

  it('closes only after the commit', async () => {
    await start();
    const metadata = await formMetadata();
    gate.held = true;
    const sent = sendNow(viewSubmissionBody({ team_id: TEAM, user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: metadata, values: invitationFormValues({ name: 'Ana Silva' }) }));
    await pause(300);
    expect(sent.answered()).toBe(false);

    gate.release();
    const answer = await sent.answer;
    expect(answer.json).toBeNull(); // acked: the modal closes
    expect(stored()).toBe(1);
  });
});

describe('a form whose write meets another connection’s lock', () => {
  // Decisions, corrections, words and settings write outside the batch: they too wait for the lock
  // between turns of the event loop (lock-wait.ts), so the ack's own wait can run out and answer.
  it('Ignore… is acked while the lock is held, and stored once it goes', async () => {
    await start(100);
    gate.release();
    await app.command(PRIYA);
    const card = standIn.calls('chat.postMessage').at(-1);
    const invitationId = buttonValue(card, ACTIONS.ignore);
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignore, value: invitationId, channel_id: CHANNEL, message_ts: String(card?.response.ts) });
    const metadata = openedView(standIn.calls('views.open').at(-1)).private_metadata;

    const locker = new Database(database.path);
    locker.exec('BEGIN IMMEDIATE');
    const sent = sendNow(
      viewSubmissionBody({
        team_id: TEAM,
        user_id: OWNER,
        callback_id: VIEWS.ignoreReason,
        private_metadata: metadata,
        values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') }, [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(null) } },
      }),
    );
    const answer = await sent.answer;
    // Answered (the modal closes) while the lock is still held: nothing could be stored yet.
    expect(answer.json).toBeNull();
    expect(locker.prepare('SELECT status FROM invitations').get()).toEqual({ status: 'pending' });
    locker.exec('COMMIT');
    locker.close();
    await app.instance.drain();
    expect(app.db.prepare('SELECT status FROM invitations').get()).toEqual({ status: 'ignored' });
    expect(app.logLines.join('\n')).toContain('Acked before the input was stored');
  });
});
