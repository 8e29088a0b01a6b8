import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { buttonValue } from '../support/calls.js';
import { callsSince, mark, postsSince, snapshotDatabase, startSecurityApp } from '../support/security-app.js';
import { securityTally } from '../support/security-figures.js';
import {
  blockActionsBody,
  eventCallbackBody,
  plainTextValue,
  radioValue,
  sendSignedRequest,
  signSlackRequest,
  slashCommandBody,
  viewSubmissionBody,
} from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Request signing: only requests Slack signed with our secret, within five minutes either way of
// now, are let in. Every forgery below answers 401 and leaves the stand-in and the database as they
// were. The same requests, signed properly, are then let in: the forgeries failed on their signature.

const tally = securityTally('test/security/signing.test.ts');
afterAll(() => tally.write());

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let card: { id: string; ts: string };

beforeAll(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  app = await startSecurityApp({ standIn, databasePath: database.path });
  await app.command('Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual');
  const posted = standIn.calls('chat.postMessage').at(-1);
  card = { id: buttonValue(posted, ACTIONS.accept), ts: String(posted?.response.ts) };
});

afterAll(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

const now = (): number => Math.floor(Date.now() / 1000);

/** One request of each kind the app answers, each of which would change something if let in. */
function requests(): { kind: string; body: string; contentType: string }[] {
  const form = 'application/x-www-form-urlencoded';
  return [
    {
      kind: 'slash command',
      contentType: form,
      body: slashCommandBody({
        text: 'Forged Person | Impostor at Nowhere | 3 mutual',
        user_id: OWNER,
        team_id: TEAM,
        channel_id: CHANNEL,
        response_url: standIn.responseUrl('forged-command'),
      }),
    },
    {
      kind: 'button click',
      contentType: form,
      body: blockActionsBody({
        team_id: TEAM,
        user_id: OWNER,
        action_id: ACTIONS.decline,
        value: card.id,
        channel_id: CHANNEL,
        message_ts: card.ts,
        response_url: standIn.responseUrl('forged-click'),
      }),
    },
    {
      kind: 'modal submission',
      contentType: form,
      body: viewSubmissionBody({
        team_id: TEAM,
        user_id: OWNER,
        callback_id: VIEWS.ignoreReason,
        private_metadata: JSON.stringify({ invitationId: Number(card.id) }),
        values: {
          [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') },
          [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('forged') },
        },
      }),
    },
    {
      kind: 'event',
      contentType: 'application/json',
      body: eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: 'D0OWNER001', tab: 'home' } }),
    },
    {
      kind: 'url verification',
      contentType: 'application/json',
      body: JSON.stringify({ token: 'x', challenge: 'forged-challenge-echo', type: 'url_verification' }),
    },
  ];
}

interface Forgery {
  name: string;
  /** Headers and body as sent, given the request's genuine body and the time `t` (read once, so every part uses the same second). */
  make(body: string, t: number): { body: string; timestamp: number | null; signature: string | null; headers?: Record<string, string> };
}

const hex = (signature: string) => signature.slice('v0='.length);

const FORGERIES: Forgery[] = [
  { name: 'a made-up signature', make: (body, t) => ({ body, timestamp: t, signature: 'v0=deadbeef' }) },
  { name: 'a well-formed random signature', make: (body, t) => ({ body, timestamp: t, signature: `v0=${'ab'.repeat(32)}` }) },
  { name: 'an empty signature', make: (body, t) => ({ body, timestamp: t, signature: '' }) },
  { name: 'the right HMAC under another version', make: (body, t) => ({ body, timestamp: t, signature: `v1=${hex(signSlackRequest(SIGNING_SECRET, body, t))}` }) },
  { name: 'the right HMAC without its version', make: (body, t) => ({ body, timestamp: t, signature: hex(signSlackRequest(SIGNING_SECRET, body, t)) }) },
  { name: 'the right HMAC in capitals', make: (body, t) => ({ body, timestamp: t, signature: `v0=${hex(signSlackRequest(SIGNING_SECRET, body, t)).toUpperCase()}` }) },
  { name: 'the right signature twice', make: (body, t) => ({ body, timestamp: t, signature: `${signSlackRequest(SIGNING_SECRET, body, t)}, ${signSlackRequest(SIGNING_SECRET, body, t)}` }) },
  { name: 'a signature made with another secret', make: (body, t) => ({ body, timestamp: t, signature: signSlackRequest('not-our-signing-secret', body, t) }) },
  { name: 'a signature made with an empty secret', make: (body, t) => ({ body, timestamp: t, signature: signSlackRequest('', body, t) }) },
  { name: 'no signature header', make: (body, t) => ({ body, timestamp: t, signature: null }) },
  { name: 'no timestamp header', make: (body, t) => ({ body, timestamp: null, signature: signSlackRequest(SIGNING_SECRET, body, t) }) },
  { name: 'neither header', make: (body) => ({ body, timestamp: null, signature: null }) },
  { name: 'a timestamp 301 seconds old', make: (body, t) => signedAt(body, t - 301) },
  { name: 'a timestamp ten minutes old (a replay)', make: (body, t) => signedAt(body, t - 600) },
  { name: 'a timestamp a day old', make: (body, t) => signedAt(body, t - 86_400) },
  { name: 'the epoch', make: (body) => signedAt(body, 0) },
  // (Not 301: a request slowed by a busy machine would arrive within the window.)
  { name: 'a timestamp five and a half minutes ahead', make: (body, t) => signedAt(body, t + 330) },
  { name: 'a timestamp ten minutes ahead', make: (body, t) => signedAt(body, t + 600) },
  { name: 'a timestamp a year ahead', make: (body, t) => signedAt(body, t + 365 * 86_400) },
  { name: 'a negative timestamp', make: (body) => signedAt(body, -1) },
  {
    name: 'a timestamp that is not a number',
    make: (body, t) => ({ body, timestamp: null, signature: signSlackRequest(SIGNING_SECRET, body, t), headers: { 'x-slack-request-timestamp': 'now' } }),
  },
  {
    // Bolt reads the header as a number, so another spelling of a stale time is still stale.
    name: 'a stale timestamp written in exponent form',
    make: (body, t) => {
      const ts = t - 600;
      return { body, timestamp: null, signature: signSlackRequest(SIGNING_SECRET, body, ts), headers: { 'x-slack-request-timestamp': `${ts / 1000}e3` } };
    },
  },
  {
    name: 'a signature for another timestamp than the header says',
    make: (body, t) => ({ body, timestamp: t, signature: signSlackRequest(SIGNING_SECRET, body, t - 1) }),
  },
  {
    name: 'an old signature replayed with a fresh timestamp',
    make: (body, t) => ({ body, timestamp: t, signature: signSlackRequest(SIGNING_SECRET, body, t - 600) }),
  },
  {
    name: 'a body changed after signing (another user)',
    make: (body, t) => ({ body: tamper(body), timestamp: t, signature: signSlackRequest(SIGNING_SECRET, body, t) }),
  },
  {
    name: 'a body with a field appended after signing',
    make: (body, t) => ({ body: `${body}&user_id=${TEAMMATE}`, timestamp: t, signature: signSlackRequest(SIGNING_SECRET, body, t) }),
  },
  {
    name: 'a body cut short after signing',
    make: (body, t) => ({ body: body.slice(0, -5), timestamp: t, signature: signSlackRequest(SIGNING_SECRET, body, t) }),
  },
  {
    name: 'a signature over the body with a trailing newline',
    make: (body, t) => ({ body, timestamp: t, signature: signSlackRequest(SIGNING_SECRET, `${body}\n`, t) }),
  },
];

/** The body with its user swapped for another (or, with no user in it, its challenge changed). */
function tamper(body: string): string {
  const changed = body.includes(OWNER) ? body.replaceAll(OWNER, TEAMMATE) : body.replace('forged-challenge-echo', 'tampered-challenge');
  if (changed === body) throw new Error('the tampering changed nothing');
  return changed;
}

function signedAt(body: string, timestamp: number): { body: string; timestamp: number; signature: string } {
  return { body, timestamp, signature: signSlackRequest(SIGNING_SECRET, body, timestamp) };
}

describe('forged, stale, future-dated and tampered requests', () => {
  for (const forgery of FORGERIES) {
    it(`answers 401 to ${forgery.name}, for every kind of request, and changes nothing`, async () => {
      for (const request of requests()) {
        const before = snapshotDatabase(app.db);
        const at = mark(standIn);
        const forged = forgery.make(request.body, now());
        const response = await sendSignedRequest(app.eventsUrl, forged.body, {
          secret: SIGNING_SECRET,
          contentType: request.contentType,
          timestamp: forged.timestamp,
          signature: forged.signature,
          ...(forged.headers ? { headers: forged.headers } : {}),
        });
        await app.instance.drain();
        const label = `${forgery.name} / ${request.kind}`;
        expect(response.status, label).toBe(401);
        expect(response.text, label).not.toContain('forged-challenge-echo');
        expect(response.text, label).not.toMatch(/\bat \S+ \(|Error:/);
        expect(callsSince(standIn, at), label).toEqual([]);
        expect(postsSince(standIn, at), label).toEqual([]);
        expect(snapshotDatabase(app.db), label).toEqual(before);
        tally.tried();
        tally.injected();
      }
    });
  }
});

describe('the same requests, properly signed, are let in (so the refusals above were the signature’s doing)', () => {
  it('just inside the window either way, and now', async () => {
    for (const [i, offset] of [-240, 0, 240].entries()) {
      const before = (app.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
      const body = slashCommandBody({
        text: `Genuine Person${i} | Analyst at Somewhere | 2 mutual`,
        user_id: OWNER,
        team_id: TEAM,
        channel_id: CHANNEL,
        response_url: standIn.responseUrl('genuine'),
      });
      const response = await app.send(body, { timestamp: now() + offset });
      expect(response.status).toBe(200);
      expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: before + 1 });
      tally.tried();
    }
  });

  it('each kind of request', async () => {
    const answered: string[] = [];
    for (const request of requests()) {
      const at = mark(standIn);
      const response = await app.send(request.body, { headers: { 'content-type': request.contentType } });
      expect(response.status, request.kind).toBe(200);
      answered.push(...callsSince(standIn, at).map((call) => call.method));
      if (request.kind === 'url verification') expect(response.text).toContain('forged-challenge-echo');
      tally.tried();
    }
    expect(answered).toContain('chat.postMessage'); // the command's card
    expect(answered).toContain('views.publish'); // the Home tab
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id)).toEqual({ status: 'declined' });
  });
});
