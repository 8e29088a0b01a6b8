/**
 * A really full disk, not a simulated one: the app runs with its SQLite file on a 2 MiB tmpfs,
 * which the test then fills to ENOSPC. Mounting needs root with CAP_SYS_ADMIN (as in the
 * container these tests were written in); where the system will not mount one, the case is
 * skipped and says so.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { NOT_SAVED_KEPT_OPEN } from '../../src/listeners/views/modal-context.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { plainTextValue } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, TEAM, startTestApp, type TestApp } from '../support/test-app.js';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { ALWAYS, recordFigures } from './fault-support.js';

const CHECKS_ON_FULL_DISK = 25;

/** A fresh 2 MiB tmpfs, or null when this system will not mount one. */
function mountSmallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'invite-check-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountSmallDisk();
let standIn: SlackStandIn;
let app: TestApp;

beforeAll(async () => {
  if (disk === null) return;
  standIn = await startSlackStandIn({ teamId: TEAM });
  app = await startTestApp({ standIn, databasePath: join(disk, 'invite-check.db'), env: ALWAYS });
});

afterAll(async () => {
  if (disk === null) return;
  await app.stop();
  await standIn.close();
  execFileSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

/** Writes a filler file until the disk refuses: ENOSPC. */
function fillDisk(path: string): string {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  } finally {
    closeSync(fd);
  }
}

function count(): number {
  return (app.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
}


describe.skipIf(disk === null)('a full disk (tmpfs filled to ENOSPC)', () => {
  it('refuses each write with a clear word, keeps what was typed, loses nothing, and recovers when space is freed', async () => {
    if (disk === null) return;
    await app.command('Before Full | CTO at Lumen | 2 mutual');
    const card = standIn.calls('chat.postMessage').at(-1);
    // Accepted before the disk fills: its thank-you nudge is due at once (ALWAYS: no delay, any hour).
    await app.command('Accepted Before | CTO at Lumen | 9 mutual');
    const accepted = standIn.calls('chat.postMessage').at(-1);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: buttonValue(accepted, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(accepted?.response.ts) });
    expect(app.db.prepare("SELECT status FROM thank_you_nudges").all()).toEqual([{ status: 'scheduled' }]);
    standIn.reset();
    expect(count()).toBe(2);

    const filler = join(disk, 'filler');
    expect(fillDisk(filler)).toBe('ENOSPC');
    expect(statfsSync(disk).bavail).toBe(0);

    // Pasted checks: each acked, none stored, none posted, each person told with their text.
    for (let i = 0; i < CHECKS_ON_FULL_DISK; i += 1) {
      const answer = await app.command(`Person ${i} | Head of Things | 3 mutual | linkedin.com/in/person-${i} | ${'A long note. '.repeat(40)}`, { responseUrlId: `full-${i}` });
      expect(answer.status).toBe(200);
      const reply = standIn.responsePosts(`full-${i}`)[0]?.body as { text: string; blocks: unknown[] };
      assertValidMessage(reply);
      expect(JSON.stringify(reply)).toContain("I couldn't save this check, so nothing changed.");
      expect(JSON.stringify(reply)).toContain(`Person ${i} | Head of Things`);
    }
    expect(count()).toBe(2);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    const fullErrors = app.logLines.filter((line) => line.includes('SQLITE_FULL')).length;
    expect(fullErrors).toBeGreaterThanOrEqual(CHECKS_ON_FULL_DISK);

    // The form: typed by hand, and it stays open with all of it (the ack waits for the store).
    await app.command('', { responseUrlId: 'form' });
    const form = openedView(standIn.calls('views.open').at(-1));
    const typed = { [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Typed By Hand') }, [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue('Every word of this matters.') } };
    const refused = await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: typed });
    expect(refused.json).toEqual({ response_action: 'errors', errors: { [INPUTS.name.block]: NOT_SAVED_KEPT_OPEN } });
    expect(standIn.responsePosts('form')).toEqual([]);

    // A decision on the earlier card: refused, the invitation still pending.
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts), response_url: standIn.responseUrl('accept') });
    expect(JSON.stringify(standIn.responsePosts('accept').at(-1)?.body)).toContain('nothing was changed');
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(buttonValue(card, ACTIONS.accept))).toEqual({ status: 'pending' });

    // The reminder sweep on a full disk: whatever it manages (a claim, a stamp, a post), the nudge
    // is neither lost nor sent twice once there is room again (below).
    const fullSweep = await sweepThankYous(app.instance.sweepDeps, new Date()).then(
      () => 'ran',
      (error: unknown) => (error as { code?: string }).code ?? 'failed',
    );

    // Space again: the form, still open as it was, goes through, and everything works as before.
    rmSync(filler);
    const submitted = await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: typed });
    expect(submitted.json).toBeNull();
    await app.command('After Full | CTO at Lumen | 2 mutual');
    const names = app.db.prepare('SELECT name FROM invitations ORDER BY id').all();
    expect(names).toEqual([{ name: 'Before Full' }, { name: 'Accepted Before' }, { name: 'Typed By Hand' }, { name: 'After Full' }]);
    // After the claim lease (15 minutes), the next sweep finishes the job: exactly one DM.
    await sweepThankYous(app.instance.sweepDeps, new Date(Date.now() + 16 * 60_000));
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'delivered' }]);
    const dms = standIn.calls('chat.postMessage').filter((call) => call.args.channel !== CHANNEL && allText(call).includes('Accepted Before'));
    expect(dms).toHaveLength(1);
    expect(app.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    recordFigures('fullDisk', { tmpfsMiB: 2, sweepOnFullDisk: fullSweep, reminderDms: dms.length, checksRefused: CHECKS_ON_FULL_DISK, stored: 0, told: CHECKS_ON_FULL_DISK, sqliteFullErrors: fullErrors, afterFreeing: 'ok', integrity: 'ok' });
  });
});
