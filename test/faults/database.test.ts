/**
 * The database: a file the app cannot use stops `node dist/main.js` with exit code 1 and one line
 * on stderr naming the problem and the path; a locked database is waited for; migrations from
 * every earlier schema version keep every row.
 *
 * Permissions do not stop root. When these tests run as root, the app is started as `nobody`
 * (uid 65534) for the permission cases, so chmod really bites; where the system will not allow
 * that, those cases are skipped (the folder-as-path and file-in-the-way cases still run).
 */
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, readMigrations } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { createRepos } from '../../src/db/repos.js';
import { DatabaseError } from '../../src/errors.js';
import { sendSignedRequest, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, OWNER, TEAM } from '../support/test-app.js';
import {
  canRunAsNobody,
  faultSeed,
  freePort,
  MAIN,
  NOBODY,
  runningAsRoot,
  seededRandom,
  sleep,
  startProcess,
  waitForHealth,
  type Child,
} from './fault-support.js';

const SECRET = 'database-fault-signing-secret';
const SEED = faultSeed(7_001);
const random = seededRandom(SEED);

let standIn: SlackStandIn;
let dir: string;
const children: Child[] = [];
const connections: Db[] = [];

beforeAll(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invite-check-faults-'));
  // Readable by `nobody`, for the cases where a root run starts the app as nobody.
  chmodSync(dir, 0o755);
  standIn.reset();
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exit() === null) child.proc.kill('SIGKILL');
  for (const db of connections.splice(0)) if (db.open) db.close();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function randomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

/** Who the permission cases run the app as: this user, or nobody when this user is root. */
const asRoot = runningAsRoot();
const unprivileged: { uid?: number; gid?: number } | null = !asRoot ? {} : canRunAsNobody() ? NOBODY : null;

function appEnv(databasePath: string, port = '0'): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-database-faults',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: port,
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'info',
  };
}

/** Boots the built app, which must refuse to start; returns its one line on stderr. */
async function refusal(databasePath: string, options: { uid?: number; gid?: number; wrap?: string[] } = {}): Promise<string> {
  const wrap = options.wrap ?? [];
  const [command, ...args] = [...wrap, process.execPath, MAIN];
  const child = startProcess(command ?? process.execPath, args, {
    env: appEnv(databasePath),
    cwd: dir,
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
  children.push(child);
  const timeout = sleep(10_000).then(() => null);
  const exit = await Promise.race([child.exited, timeout]);
  const { stdout, stderr } = child.output();
  expect(exit, `the app did not stop within 10 s; stdout: ${stdout}; stderr: ${stderr}`).toEqual({ code: 1, signal: null });
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, `exactly one line on stderr, got: ${stderr}`).toHaveLength(1);
  const line = lines[0] ?? '';
  expect(line).toMatch(/^invite-check cannot start: /);
  expect(line, 'the line names the path').toContain(databasePath);
  expect(stderr, 'no stack trace').not.toMatch(/\n\s+at |Error:|node:internal/);
  return line;
}

/** A migrated database with a few rows, closed: a file the app would normally open happily. */
function healthyDatabase(path: string): void {
  const db = openDatabase(path);
  migrate(db);
  SEEDERS[1]?.(db);
  db.close();
}

describe('a database the app cannot use stops it with one clear line', () => {
  it('a file of random bytes', async () => {
    const path = join(dir, 'random.db');
    writeFileSync(path, randomBytes(16_384));
    const line = await refusal(path);
    expect(line, `seed ${SEED}`).toMatch(/is not a database.*\(SQLITE_NOTADB\)/);
  });

  it('a SQLite file with damaged pages', async () => {
    const path = join(dir, 'damaged.db');
    healthyDatabase(path);
    // Overwrite the schema page's b-tree, just after the 100-byte file header.
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(400), 0, 400, 100);
    closeSync(fd);
    const line = await refusal(path);
    expect(line, `seed ${SEED}`).toMatch(/damaged \(SQLITE_CORRUPT\)/);
  });

  it.skipIf(unprivileged === null)('a file this user may not read or write (chmod 000)', async () => {
    const path = join(dir, 'unreadable.db');
    healthyDatabase(path);
    chmodSync(path, 0o000);
    const line = await refusal(path, unprivileged ?? {});
    expect(line).toMatch(/may not read and write the file \(SQLITE_CANTOPEN\)/);
  });

  it.skipIf(unprivileged === null)('a read-only database file (chmod 444)', async () => {
    const path = join(dir, 'read-only.db');
    healthyDatabase(path);
    chmodSync(path, 0o444);
    const line = await refusal(path, unprivileged ?? {});
    expect(line).toMatch(/may only read it, not write it \(SQLITE_READONLY/);
  });

  it.skipIf(!asRoot || unprivileged === null)('a file the app may write, with -wal and -shm left behind by root', async () => {
    // A root process (a `docker exec`, a one-off run with sudo) has the database open: its -wal
    // and -shm are root's. Nothing needs migrating, so only taking the write lock at start-up
    // finds that the app could read but never write.
    const path = join(dir, 'root-wal.db');
    const holder = openDatabase(path);
    try {
      migrate(holder);
      SEEDERS[1]?.(holder);
      chownSync(path, NOBODY.uid, NOBODY.gid);
      expect(existsSync(`${path}-wal`) && existsSync(`${path}-shm`)).toBe(true);
      const line = await refusal(path, NOBODY);
      expect(line).toMatch(/may only read it, not write it \(SQLITE_READONLY/);
      expect(line).toMatch(/-wal/);
    } finally {
      holder.close();
    }
  });

  it.skipIf(unprivileged === null)('a new database in a read-only folder (chmod 555)', async () => {
    const folder = join(dir, 'read-only-folder');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    const path = join(folder, 'new.db');
    const line = await refusal(path, unprivileged ?? {});
    expect(line).toMatch(/may not create files in the folder .*read-only-folder \(SQLITE_CANTOPEN\)/);
  });

  it.skipIf(unprivileged === null)('a new database whose missing folder cannot be created (chmod 555 parent)', async () => {
    const folder = join(dir, 'read-only-parent');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    const path = join(folder, 'data', 'new.db');
    const line = await refusal(path, unprivileged ?? {});
    expect(line).toMatch(/may not create the folder .*read-only-parent\/data \(EACCES\)/);
  });

  it('DATABASE_PATH naming a folder', async () => {
    const path = join(dir, 'a-folder');
    mkdirSync(path);
    const line = await refusal(path);
    expect(line).toMatch(/names a folder, not a file \(SQLITE_CANTOPEN\)/);
  });

  it('a file where a folder is expected', async () => {
    const file = join(dir, 'in-the-way');
    writeFileSync(file, 'not a folder');
    const line = await refusal(join(file, 'data', 'new.db'));
    expect(line).toMatch(/in-the-way is a file, where a folder is needed \(EEXIST\)/);
  });

  // Node's own mkdir({ recursive: true }) loops for ever on /proc/<missing>; this used to hang the boot.
  it.skipIf(process.platform !== 'linux')('a folder the system will not create (under /proc)', async () => {
    const path = `/proc/invite-check-${process.pid}/data/new.db`;
    const line = await refusal(path);
    expect(line).toMatch(/does not allow a folder at \/proc\/invite-check-\d+ \(ENOENT\)/);
  });

  // A full disk, simulated honestly at the system level: a 64 KiB file size limit (RLIMIT_FSIZE,
  // `ulimit -f 128` in 512-byte blocks) lets SQLite create the file and its 32 KiB shared-memory
  // index, then the kernel refuses the migration's writes with EFBIG. SQLite reports that as
  // SQLITE_IOERR_WRITE; a real full disk (ENOSPC) is SQLITE_FULL, tested just below.
  it('a disk that will not let the file grow (file size limit)', async () => {
    const path = join(dir, 'no-room.db');
    const line = await refusal(path, { wrap: ['/bin/sh', '-c', 'ulimit -f 128 && exec "$0" "$@"'] });
    expect(line).toMatch(/Could not apply database migrations \(still at version 0\): in the database at .*disk refused to read or write the file \(SQLITE_IOERR_WRITE\)/);
  });

  // SQLITE_FULL, as a full disk gives it, from SQLite's own page limit (max_page_count), which
  // is per connection and cannot be set from the environment: so this runs in-process, through
  // the same openDatabase and migrate that main.ts calls.
  it('a disk that fills up during a migration: one clear message, and nothing lost', () => {
    const path = join(dir, 'full.db');
    const db = openDatabase(path);
    connections.push(db);
    const all = readMigrations();
    migrate(db, all.slice(0, 1));
    SEEDERS[1]?.(db);
    const before = snapshot(db, userTables(db));
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    let error: unknown = null;
    try {
      migrate(db, all);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(/^Could not apply database migrations \(still at version 1\): in the database at .*full\.db, the disk is full \(SQLITE_FULL\)\. Free some space/);
    expect(message).not.toContain('\n');
    expect(currentSchemaVersion(db)).toBe(1);
    expect(snapshot(db, userTables(db))).toEqual(before);
    // Room again (a start after space was freed): the migration completes.
    db.pragma('max_page_count = 1073741823');
    expect(migrate(db, all)).toEqual({ from: 1, to: all.at(-1)?.version });
  });
});

describe('a locked database', () => {
  it('waits for another connection’s write lock and then stores the command’s card', async () => {
    const path = join(dir, 'locked.db');
    const port = await freePort();
    const app = startProcess(process.execPath, [MAIN], { env: appEnv(path, String(port)), cwd: dir });
    children.push(app);
    expect((await waitForHealth(`http://127.0.0.1:${port}/healthz`, app)).status).toBe(200);

    const locker = new Database(path);
    connections.push(locker);
    locker.exec('BEGIN IMMEDIATE');
    const body = slashCommandBody({
      text: 'Lena Locke | Head of Storage at Vault | 6 mutual',
      user_id: OWNER,
      team_id: TEAM,
      channel_id: CHANNEL,
      response_url: standIn.responseUrl(),
    });
    // The app waits for the lock between turns of the event loop (up to the busy timeout, 5 s),
    // and acks once the ack has waited as long as it may for the store (2 s).
    expect((await sendSignedRequest(`http://127.0.0.1:${port}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    // Nothing of the check can be stored, or its card posted, while the lock is held.
    expect(locker.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    const linesBeforeCommit = logLines(app).length;
    expect(logLines(app).map((entry) => entry.msg)).not.toContain('Invitation checked');
    locker.exec('COMMIT');

    await standIn.waitForCall('chat.postMessage', (call) => JSON.stringify(call.args).includes('Lena Locke'), 10_000);
    const row = await waitForRow(locker, 'Lena Locke');
    expect(row.message_ts, 'the card was posted and its place stored').not.toBeNull();
    // Stored once the lock went: the app's line for it comes after the COMMIT.
    const checked = logLines(app).findIndex((entry) => entry.msg === 'Invitation checked');
    expect(checked).toBeGreaterThanOrEqual(linesBeforeCommit);
    expect(logLines(app).filter((entry) => entry.level === 'error' || entry.level === 'warn')).toEqual([]);

    app.proc.kill('SIGTERM');
    expect(await app.exited).toEqual({ code: 0, signal: null });
  });
});

async function waitForRow(db: Db, name: string): Promise<{ created_at: number; message_ts: string | null }> {
  for (let tries = 0; tries < 100; tries += 1) {
    const row = db.prepare('SELECT created_at, message_ts FROM invitations WHERE name = ?').get(name) as
      | { created_at: number; message_ts: string | null }
      | undefined;
    if (row !== undefined && row.message_ts !== null) return row;
    await sleep(50);
  }
  throw new Error(`no stored card for ${name}`);
}

function logLines(child: Child): { time?: unknown; level?: unknown; msg?: unknown }[] {
  return child
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { time?: unknown; level?: unknown; msg?: unknown });
}

// ---------------------------------------------------------------------------------------------
// Migrations from every earlier schema version, on a copy filled with data.
// ---------------------------------------------------------------------------------------------

type Row = Record<string, string | number | null>;

function insert(db: Db, table: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}

const T0 = Date.parse('2026-03-02T09:15:00Z');
const DAY = 24 * 60 * 60 * 1000;

function invitation(id: number, fields: Partial<Row>): Row {
  return {
    id,
    team_id: TEAM,
    owner_id: 'U0OWNER001',
    name: `Person ${id}`,
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    mutual_connections: 14,
    note: 'Hi Sam, we met at the Data Council panel last week.',
    profile_url: `https://www.linkedin.com/in/person-${id}`,
    person_key: `person ${id}|head of data partnerships`,
    source: 'LinkedIn email',
    recommendation: 'accept',
    score: 90,
    reasons: JSON.stringify(['14 mutual connections: people you know can vouch for them.']),
    status: 'pending',
    decided_at: null,
    decided_by: null,
    decision_reason: null,
    decision_note: null,
    channel_id: CHANNEL,
    message_ts: `1700000000.${String(id).padStart(6, '0')}`,
    response_url: null,
    request_key: `command:trigger-${id}`,
    created_at: T0 + id * 1000,
    updated_at: T0 + id * 1000,
    ...fields,
  };
}

function decided(status: string, id: number, extra: Partial<Row> = {}): Row {
  return invitation(id, { status, decided_at: T0 + DAY + id, decided_by: 'U0OWNER001', updated_at: T0 + DAY + id, ...extra });
}

function nudge(id: number, invitationId: number, status: string, extra: Partial<Row> = {}): Row {
  return {
    id,
    invitation_id: invitationId,
    team_id: TEAM,
    owner_id: 'U0OWNER001',
    status,
    due_at: T0 + 2 * DAY,
    created_at: T0 + DAY,
    updated_at: T0 + DAY,
    ...extra,
  };
}

/**
 * What each migration's tables and columns hold in a real workspace. SEEDERS[v] fills what
 * migration v created (it may update rows of earlier tables); a database at version k gets
 * SEEDERS[1..k]. A new migration needs its seeder here: a test below insists.
 */
const SEEDERS: Record<number, (db: Db) => void> = {
  1: (db) => {
    insert(db, 'invitations', [
      invitation(1, { name: 'Zoë Ångström 🚀', note: 'Quotes "here", <!channel> & ‘curly’ — ok?', mutual_connections: null }),
      invitation(2, { headline: null, company: null, note: null, profile_url: null, source: null, request_key: null, message_ts: null }),
      decided('accepted', 3),
      decided('ignored', 4, { recommendation: 'ignore', score: 5, decision_reason: 'spam', decision_note: 'Crypto pitch in the note' }),
      decided('declined', 5, { recommendation: 'review', score: 50, decision_reason: 'not_relevant' }),
      decided('blocked', 6, { recommendation: 'ignore', score: 0, decision_reason: 'harassment', response_url: 'https://hooks.slack.com/actions/T/1/x' }),
      decided('accepted', 7),
      decided('accepted', 8),
      decided('accepted', 9),
      decided('ignored', 10, { decision_reason: 'changed_mind' }),
      decided('accepted', 11),
      decided('accepted', 12),
      invitation(13, { team_id: 'T0OTHER001', owner_id: 'U0OTHER001', channel_id: 'C0OTHER001' }),
    ]);
    insert(db, 'decision_events', [
      ...[3, 4, 5, 6, 7, 8, 9, 11, 12].map((id, index) => ({
        id: index + 1,
        invitation_id: id,
        team_id: TEAM,
        actor_id: 'U0OWNER001',
        decision: id === 4 ? 'ignored' : id === 5 ? 'declined' : id === 6 ? 'blocked' : 'accepted',
        reason: id === 4 ? 'spam' : null,
        note: id === 4 ? 'Crypto pitch in the note' : null,
        created_at: T0 + DAY + id,
      })),
      { id: 10, invitation_id: 10, team_id: TEAM, actor_id: 'U0OWNER001', decision: 'accepted', reason: null, note: null, created_at: T0 + DAY },
      { id: 11, invitation_id: 10, team_id: TEAM, actor_id: 'U0OWNER001', decision: 'ignored', reason: 'changed_mind', note: 'On reflection, no', created_at: T0 + 2 * DAY },
    ]);
    insert(db, 'thank_you_nudges', [
      nudge(1, 3, 'scheduled', { due_at: T0 - DAY }),
      nudge(2, 7, 'sending', { claim_token: 'f1d0c6a2-claim', claimed_at: T0 + 2 * DAY, attempts: 1 }),
      nudge(3, 8, 'delivered', { delivered_at: T0 + 2 * DAY, dm_channel_id: 'D0OWNER001', dm_ts: '1700000100.000100' }),
      nudge(4, 9, 'done', { delivered_at: T0 + 2 * DAY, dm_channel_id: 'D0OWNER001', dm_ts: '1700000100.000200', finished_at: T0 + 3 * DAY }),
      nudge(5, 11, 'skipped', { delivered_at: T0 + 2 * DAY, dm_channel_id: 'D0OWNER001', dm_ts: '1700000100.000300', finished_at: T0 + 3 * DAY }),
      nudge(6, 10, 'cancelled', { finished_at: T0 + 2 * DAY }),
      nudge(7, 12, 'retired', { attempts: 3, last_error: 'user_not_found', finished_at: T0 + 3 * DAY }),
    ]);
    insert(db, 'slack_users', [
      { team_id: TEAM, user_id: 'U0OWNER001', tz: 'Europe/London', real_name: 'Sam Owner', dm_channel_id: 'D0OWNER001', fetched_at: T0 },
      { team_id: TEAM, user_id: 'U0MATE0001', tz: 'America/Los_Angeles', real_name: 'Ana Silva', dm_channel_id: null, fetched_at: T0 },
      { team_id: TEAM, user_id: 'U0GHOST001', tz: null, real_name: null, dm_channel_id: null, fetched_at: 0 },
    ]);
  },
  2: (db) => {
    insert(db, 'teammate_voices', [
      { invitation_id: 1, team_id: TEAM, user_id: 'U0MATE0001', kind: 'knows', note: 'Worked with her at Lumen', created_at: T0 + 5000, updated_at: T0 + 6000 },
      { invitation_id: 1, team_id: TEAM, user_id: 'U0MATE0002', kind: 'caution', note: null, created_at: T0 + 7000, updated_at: T0 + 7000 },
      { invitation_id: 2, team_id: TEAM, user_id: 'U0MATE0001', kind: 'caution', note: 'Spammed our team list', created_at: T0 + 8000, updated_at: T0 + 8000 },
    ]);
    db.prepare('UPDATE invitations SET owner_told_of_voices = 1 WHERE id IN (1, 2)').run();
    insert(db, 'user_settings', [
      {
        team_id: TEAM,
        user_id: 'U0OWNER001',
        focus_industries: JSON.stringify(['fintech', 'data']),
        focus_roles: JSON.stringify(['Head of Data']),
        focus_keywords: JSON.stringify(['open source']),
        focus_text: 'People building data platforms',
        work_start: '08:30',
        work_end: '17:00',
        work_days: JSON.stringify([1, 2, 3, 4]),
        thank_you_delay: 'morning',
        weekly_review: 1,
        updated_at: T0 + DAY,
      },
      { team_id: TEAM, user_id: 'U0MATE0001', work_start: null, work_end: null, work_days: null, focus_text: null, weekly_review: 0, updated_at: T0 + DAY },
    ]);
    insert(db, 'weekly_reviews', [
      { team_id: TEAM, user_id: 'U0OWNER001', week: '2026-W10', status: 'sent', claimed_at: T0 + 7 * DAY, sent_at: T0 + 7 * DAY + 500 },
      { team_id: TEAM, user_id: 'U0MATE0001', week: '2026-W10', status: 'empty', claimed_at: T0 + 7 * DAY, sent_at: T0 + 7 * DAY },
      { team_id: TEAM, user_id: 'U0OWNER001', week: '2026-W11', status: 'sending', claimed_at: T0 + 14 * DAY, sent_at: null },
    ]);
    insert(db, 'team_digests', [
      { team_id: TEAM, week: '2026-W10', status: 'sent', claimed_at: T0 + 7 * DAY, sent_at: T0 + 7 * DAY + 900 },
      { team_id: 'T0OTHER001', week: '2026-W10', status: 'empty', claimed_at: T0 + 7 * DAY, sent_at: T0 + 7 * DAY },
    ]);
  },
  3: (db) => {
    // An ignored invitation whose details the retention purge already removed.
    insert(db, 'invitations', [
      decided('ignored', 14, {
        name: 'Details removed',
        headline: null,
        company: null,
        mutual_connections: null,
        note: null,
        profile_url: null,
        person_key: 'removed:14',
        response_url: null,
        details_removed_at: T0 + 200 * DAY,
      }),
    ]);
  },
  4: (db) => {
    // A sweep died after it began posting: the stale nudge claim and review claim carry the stamp.
    db.prepare('UPDATE thank_you_nudges SET post_started_at = ? WHERE id = 2').run(T0 + 2 * DAY + 50);
    db.prepare("UPDATE weekly_reviews SET post_started_at = ? WHERE status = 'sending'").run(T0 + 14 * DAY + 50);
  },
  5: (db) => {
    // 005 only adds an index (checks without a profile URL, by name): one more such check to hold.
    insert(db, 'invitations', [invitation(15, { profile_url: null, request_key: null, message_ts: null })]);
  },
  6: (db) => {
    // A review and a digest claimed by a sweep of this version carry its token.
    db.prepare("UPDATE weekly_reviews SET claim_token = '5e1f0a77-review-claim' WHERE status = 'sending'").run();
    insert(db, 'team_digests', [{ team_id: TEAM, week: '2026-W11', status: 'sending', claimed_at: T0 + 14 * DAY, sent_at: null, claim_token: '9b2c4d10-digest-claim' }]);
  },
  7: (db) => {
    // 007 only adds an index (purged invitations whose card is still to blank): one whose card is
    // blanked already, its location forgotten.
    insert(db, 'invitations', [
      decided('declined', 16, {
        name: 'Details removed',
        headline: null,
        company: null,
        mutual_connections: null,
        note: null,
        profile_url: null,
        person_key: 'removed:16',
        channel_id: null,
        message_ts: null,
        details_removed_at: T0 + 200 * DAY,
      }),
    ]);
  },
  8: (db) => {
    // 008 only adds an index (an invitation's nudges in any state): a second accepted check of
    // Person 9, thanked already, which this version gave no nudge of its own.
    insert(db, 'invitations', [
      decided('accepted', 17, { name: 'Person 9', profile_url: 'https://www.linkedin.com/in/person-9', person_key: 'person 9|head of data partnerships' }),
    ]);
  },
  10: (db) => {
    // A pending card still to redraw after a focus change.
    db.prepare('UPDATE invitations SET card_stale_since = ? WHERE id = 15').run(T0 + 20 * DAY);
  },
  11: (db) => {
    // A declined invitation whose card post Slack never answered: a copy may be in the channel.
    db.prepare('UPDATE invitations SET unanswered_post_channel_id = ?, message_ts = NULL WHERE id = 5').run(CHANNEL);
  },
  12: (db) => {
    // A card checked from a reply, posted in that reply's thread.
    db.prepare("UPDATE invitations SET card_thread_ts = '1700000000.000050' WHERE id = 1").run();
  },
  13: (db) => {
    // What a large forgetting left to the card catch-up: a card to blank, and a review to clear
    // after `forget` (its owner stays, and it lets go of its names once cleared).
    insert(db, 'forgotten_messages', [
      { id: 1, team_id: TEAM, channel_id: CHANNEL, message_ts: '1700000000.000990', kind: 'card', who: 'person', user_id: null, week: null, queued_at: T0 + 30 * DAY },
      { id: 2, team_id: TEAM, channel_id: 'D0OWNERDM1', message_ts: '1773302400.000100', kind: 'review', who: 'person', user_id: 'U0OWNER001', week: '2026-W10', queued_at: T0 + 30 * DAY },
    ]);
  },
  14: (db) => {
    // 014 only adds indexes (blocked and declined checks, by profile URL and by name): a block of
    // someone checked without a profile URL, which the by-name index alone holds.
    // Its card was shown privately (a response_url): no card may be in the channel that the purge cannot blank.
    insert(db, 'invitations', [
      decided('blocked', 18, { recommendation: 'ignore', score: 0, profile_url: null, decision_reason: 'spam', message_ts: null, response_url: 'https://hooks.slack.com/actions/T/18/x' }),
    ]);
  },
  15: (db) => {
    // A check made in a group DM, and a waiting check whose card every way of showing refused.
    db.prepare("UPDATE invitations SET checked_in_group_dm = 1, channel_id = 'G0MPIM0001' WHERE id = 13").run();
    db.prepare('UPDATE invitations SET card_shown_nowhere_at = ? WHERE id = 2').run(T0 + 2 * DAY);
  },
  16: (db) => {
    // The review claim a sweep of this version left 'sending' after its post began recorded whom
    // that post names (Person 15, waiting) as it began.
    db.prepare("UPDATE weekly_reviews SET names_at_post = 1 WHERE status = 'sending' AND post_started_at IS NOT NULL").run();
    insert(db, 'weekly_review_names', [{ team_id: TEAM, user_id: 'U0OWNER001', week: '2026-W11', invitation_id: 15 }]);
  },
  17: (db) => {
    // The sent review went out a second time after the looks for an earlier post of it failed: that
    // post, which named Person 16, is kept as lost; and a forgetting reached the claim left
    // 'sending' while its post was in flight.
    db.prepare("UPDATE weekly_reviews SET lost_post_started_at = ?, lost_post_names = '[16]' WHERE user_id = 'U0OWNER001' AND week = '2026-W10'").run(T0 + 7 * DAY);
    db.prepare("UPDATE weekly_reviews SET names_forgotten = 1 WHERE status = 'sending' AND post_started_at IS NOT NULL").run();
  },
  18: (db) => {
    // The Home tab asked Slack for the link to a waiting check's card (posted in a reply's thread).
    db.prepare(
      "UPDATE invitations SET card_permalink = 'https://standin.slack.com/archives/C0CHANNEL1/p1700000000000001?thread_ts=1700000000.000050&cid=C0CHANNEL1' WHERE id = 1",
    ).run();
  },
  19: (db) => {
    // A check with a larger id than any left was forgotten: its id is not given again.
    db.prepare("UPDATE deleted_id_high_water SET last_id = (SELECT max(id) FROM invitations) + 20 WHERE table_name = 'invitations'").run();
  },
  20: (db) => {
    // The sent digest's place, the days it covered and the two connections it named; and a
    // forgetting's redraw of it still queued.
    db.prepare("UPDATE team_digests SET channel_id = 'C0DIGEST01', message_ts = '1773302400.000900', covers_from = ?, covers_to = ? WHERE team_id = ? AND week = '2026-W10'").run(T0, T0 + 7 * DAY, TEAM);
    insert(db, 'team_digest_names', [
      { team_id: TEAM, week: '2026-W10', invitation_id: 3 },
      { team_id: TEAM, week: '2026-W10', invitation_id: 7 },
    ]);
    insert(db, 'forgotten_messages', [
      { id: 3, team_id: TEAM, channel_id: 'C0DIGEST01', message_ts: '1773302400.000900', kind: 'digest', who: 'person', user_id: null, week: '2026-W10', queued_at: T0 + 31 * DAY },
    ]);
  },
  9: (db) => {
    // The sent review's DM, and the two people it named.
    db.prepare("UPDATE weekly_reviews SET channel_id = 'D0OWNERDM1', message_ts = '1773302400.000100' WHERE user_id = 'U0OWNER001' AND week = '2026-W10'").run();
    insert(db, 'weekly_review_names', [
      { team_id: TEAM, user_id: 'U0OWNER001', week: '2026-W10', invitation_id: 16 },
      { team_id: TEAM, user_id: 'U0OWNER001', week: '2026-W10', invitation_id: 17 },
    ]);
  },
};

function userTables(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

function columnsOf(db: Db, table: string): { name: string; dflt_value: string | null }[] {
  return db.prepare(`SELECT name, dflt_value FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; dflt_value: string | null }[];
}

function indexes(db: Db): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Every row of every table, with the columns it had, in a stable order. */
function snapshot(db: Db, tables: readonly string[], columnsByTable?: ReadonlyMap<string, readonly string[]>): Record<string, Row[]> {
  const result: Record<string, Row[]> = {};
  for (const table of tables) {
    const columns = columnsByTable?.get(table) ?? columnsOf(db, table).map((column) => column.name);
    const list = columns.join(', ');
    result[table] = db.prepare(`SELECT ${list} FROM ${table} ORDER BY ${list}`).all() as Row[];
  }
  return result;
}

/** What the app does with the tables of the latest schema, on the migrated data. */
function exerciseLatest(db: Db): void {
  const repos = createRepos(db);
  const now = new Date(T0 + 300 * DAY);
  expect(repos.invitations.findById(TEAM, 1)).toMatchObject({ name: 'Zoë Ångström 🚀', mutualConnections: null, status: 'pending' });
  expect(repos.decisions.forInvitation(TEAM, 10).map((event) => event.decision)).toEqual(['accepted', 'ignored']);
  // No id is given again: not one a forgotten check had (019 onwards), nor any row's.
  const { taken } = db
    .prepare("SELECT max((SELECT max(id) FROM invitations), (SELECT last_id FROM deleted_id_high_water WHERE table_name = 'invitations')) AS taken")
    .get() as { taken: number };
  const { record, created } = repos.invitations.insert({
    teamId: TEAM,
    ownerId: 'U0OWNER001',
    name: 'Newcomer',
    headline: 'CTO',
    company: 'Lumen',
    mutualConnections: 3,
    note: null,
    profileUrl: null,
    personKey: 'newcomer|cto',
    source: null,
    recommendation: 'review',
    score: 55,
    reasons: ['3 mutual connections.'],
    channelId: CHANNEL,
    requestKey: 'command:after-migration',
    createdAt: now,
  });
  expect(created).toBe(true);
  expect(record.id).toBe(taken + 1);
  expect(repos.voices.save({ invitationId: record.id, teamId: TEAM, userId: 'U0MATE0003', kind: 'knows', note: 'Old colleague', now })).toBe(true);
  expect(repos.voices.forInvitation(TEAM, record.id)).toHaveLength(1);
  repos.settings.save(TEAM, 'U0NEW00001', { ...repos.settings.get(TEAM, 'U0NEW00001'), workStart: '10:00', workEnd: '16:00' }, now);
  expect(repos.settings.get(TEAM, 'U0NEW00001')).toMatchObject({ workStart: '10:00', workEnd: '16:00' });
  expect(repos.reviews.claimReview(TEAM, 'U0OWNER001', '2026-W52', now, 15 * 60 * 1000)).toEqual({ claimed: true, token: expect.any(String), postStartedAt: null, postNames: [] });
  // A review claimed before claims carried a token (and left by a crash) is taken over with one.
  const takenOver = repos.reviews.claimReview(TEAM, 'U0OWNER001', '2026-W11', now, 15 * 60 * 1000);
  expect(takenOver).toMatchObject({ claimed: true, token: expect.any(String) });
  if (takenOver.claimed) repos.reviews.finishReview(TEAM, 'U0OWNER001', '2026-W11', takenOver.token, 'sent', now);
  expect(db.prepare("SELECT status FROM weekly_reviews WHERE week = '2026-W11'").get()).toEqual({ status: 'sent' });
  // The scheduled nudge (and the stale claim, once expired) go out as ever.
  expect(repos.nudges.expireStaleClaims(now, 15 * 60 * 1000)).toBe(1);
  // One thank-you per person: Person 9 was thanked (nudge 4, done), so a later check of them,
  // accepted, brings none.
  const again = repos.invitations.insert({
    teamId: TEAM,
    ownerId: 'U0OWNER001',
    name: 'Person 9',
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    mutualConnections: 14,
    note: null,
    profileUrl: 'https://www.linkedin.com/in/person-9',
    personKey: 'person 9|head of data partnerships',
    source: null,
    recommendation: 'accept',
    score: 90,
    reasons: [],
    channelId: CHANNEL,
    requestKey: 'command:person-9-again',
    createdAt: now,
  });
  expect(repos.nudges.schedule({ invitationId: again.record.id, teamId: TEAM, ownerId: 'U0OWNER001', dueAt: now, now })).toBe(false);
  const claimed = repos.nudges.claimDue(now, 10);
  expect(claimed.nudges.map((n) => n.person.name).sort()).toEqual(['Person 3', 'Person 7']);
  // The retention purge reaches old decided rows.
  // A purged invitation whose card post went unanswered (011; invitation 5, once seeded) may have
  // a card in that channel that nothing can blank: the purge says where.
  const unanswered = db
    .prepare("SELECT unanswered_post_channel_id AS c FROM invitations WHERE unanswered_post_channel_id IS NOT NULL AND status <> 'pending' AND details_removed_at IS NULL ORDER BY id")
    .all() as { c: string }[];
  expect(repos.privacy.removeExpiredDetails(now, 100, now).removed).toBeGreaterThan(0);
  expect(repos.privacy.cardsUnknownPurgedAt(now)).toEqual(unanswered.map((row) => row.c));
  // Their cards are still to blank; once blanked, they are not.
  const cards = repos.privacy.cardsToBlank(0, 100);
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.map((card) => card.id)).not.toContain(16);
  const [first] = cards;
  if (first !== undefined) expect(repos.privacy.cardBlanked(first, now)).toBe(true);
  expect(repos.privacy.cardsToBlank(0, 100)).toHaveLength(cards.length - 1);
}

describe('migrations from every earlier schema version', () => {
  const all = readMigrations();
  const latest = all.at(-1)?.version ?? 0;

  it('every migration has a seeder here, so the next one is covered too', () => {
    expect(
      Object.keys(SEEDERS).map(Number).sort((a, b) => a - b),
      'add a SEEDERS entry in test/faults/database.test.ts for each new migration, filling what it creates',
    ).toEqual(all.map((migration) => migration.version));
  });

  it.each(all.filter((migration) => migration.version < latest).map((migration) => migration.version))(
    'from version %i to the latest, on a filled copy, loses nothing',
    (k) => {
      const originalPath = join(dir, `at-${k}.db`);
      const original = openDatabase(originalPath);
      connections.push(original);
      migrate(original, all.slice(0, k));
      for (let version = 1; version <= k; version += 1) SEEDERS[version]?.(original);
      const tables = userTables(original);
      for (const table of tables) {
        const { n } = original.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
        expect(n, `the seeders leave ${table} empty at version ${k}`).toBeGreaterThan(0);
      }
      const columns = new Map(tables.map((table) => [table, columnsOf(original, table).map((column) => column.name)] as const));
      const before = snapshot(original, tables, columns);
      const indexesBefore = indexes(original);
      original.close();

      const copyPath = join(dir, `copy-of-${k}.db`);
      copyFileSync(originalPath, copyPath);
      const copy = openDatabase(copyPath);
      connections.push(copy);
      expect(migrate(copy, all)).toEqual({ from: k, to: latest });

      // Every row and value is still there, in every table and column that existed at k.
      expect(snapshot(copy, tables, columns)).toEqual(before);
      expect(indexes(copy)).toEqual(expect.arrayContaining(indexesBefore));
      // Columns added later hold their declared default on the old rows.
      for (const table of tables) {
        for (const column of columnsOf(copy, table)) {
          if (columns.get(table)?.includes(column.name) === true) continue;
          const expected = column.dflt_value === null ? null : (copy.prepare(`SELECT ${column.dflt_value} AS v`).get() as { v: unknown }).v;
          const values = copy.prepare(`SELECT DISTINCT ${column.name} AS v FROM ${table}`).all() as { v: unknown }[];
          expect(values, `${table}.${column.name} on rows from version ${k}`).toEqual([{ v: expected }]);
        }
      }
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      exerciseLatest(copy);
    },
  );
});
