import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendSignedRequest, slashCommandBody } from './support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from './support/slack-stand-in.js';
import { tempDatabasePath } from './support/test-app.js';

// Boots the built app (`node dist/main.js`, as `npm start` and the Dockerfile do) as a real process.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SECRET = 'boot-test-signing-secret';
/** Docker's grace period after SIGTERM: the process must be gone within it. */
const GRACE_MS = 10_000;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let child: ChildProcessWithoutNullStreams | null = null;

beforeEach(async () => {
  standIn = await startSlackStandIn();
  database = tempDatabasePath();
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  await standIn.close();
  database.cleanup();
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function boot(env: Record<string, string>) {
  const proc = spawn(process.execPath, [MAIN], {
    cwd: fileURLToPath(new URL('./', `file://${database.path}`)),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, exited, output: () => ({ stdout, stderr }) };
}

async function waitForHealth(url: string, timeoutMs = 10_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('the process', () => {
  it('refuses to start with one clear line per bad variable, and no stack trace', async () => {
    const app = boot({ SLACK_BOT_TOKEN: 'not-a-token', PORT: 'eighty', WORKING_DAYS: 'someday' });
    expect(await app.exited).toBe(1);
    const { stderr } = app.output();
    expect(stderr).toContain('SLACK_BOT_TOKEN must be a bot token starting with xoxb-.');
    expect(stderr).toContain('SLACK_SIGNING_SECRET is required');
    expect(stderr).toContain('PORT ');
    expect(stderr).toContain('WORKING_DAYS ');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('starts, migrates, answers /healthz and commands, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const nested = database.path.replace(/invite-check\.db$/, 'nested/folder/invite-check.db');
    const app = boot({
      SLACK_BOT_TOKEN: 'xoxb-boot-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      DATABASE_PATH: nested,
    });
    const health = await waitForHealth(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The patterns were compiled before the app listened, not by the first check (D1 of the crash QA pass).
    const booted = app.output().stdout;
    expect(booted).toMatch(/"msg":"Check patterns warmed up".*"weighed":4/);
    expect(booted.indexOf('Check patterns warmed up')).toBeLessThan(booted.indexOf('is listening on port'));

    const body = slashCommandBody({
      text: 'Ana Silva | CTO at Lumen | 3 mutual',
      user_id: 'U0OWNER001',
      team_id: 'T0STANDIN1',
      channel_id: 'C0CHANNEL1',
      response_url: standIn.responseUrl(),
    });
    const response = await sendSignedRequest(`http://127.0.0.1:${port}/slack/events`, body, { secret: SECRET });
    expect(response.status).toBe(200);
    await standIn.waitForCall('chat.postMessage');

    app.proc.kill('SIGTERM');
    // Gone within Docker's grace period, or the race reports it as still running.
    const outlived = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), GRACE_MS).unref());
    expect(await Promise.race([app.exited, outlived]), `the app did not exit within ${GRACE_MS} ms`).toBe(0);
    expect(app.output().stdout).toContain('Stopped cleanly');

    const db = new Database(nested, { readonly: true });
    expect(db.prepare('SELECT name FROM invitations').all()).toEqual([{ name: 'Ana Silva' }]);
    db.close();
  });

  it('refuses to start, in one line, when Slack rejects the bot token', async () => {
    standIn.failNext('auth.test', { error: 'invalid_auth' });
    const app = boot({
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(await freePort()),
      DATABASE_PATH: database.path,
    });
    expect(await app.exited).toBe(1);
    const { stderr } = app.output();
    expect(stderr).toBe(
      "invite-check cannot start: Slack rejected SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page, and reinstall the app if it was revoked.\n",
    );
    expect(standIn.calls('auth.test').map((call) => call.token)).toEqual(['xoxb-revoked']);
  });

  it('refuses to start, in one line, when Slack cannot be reached', async () => {
    const closed = await freePort();
    const apiUrl = `http://127.0.0.1:${closed}/api/`;
    const app = boot({
      SLACK_BOT_TOKEN: 'xoxb-boot-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(await freePort()),
      DATABASE_PATH: database.path,
    });
    expect(await app.exited).toBe(1);
    const { stderr } = app.output();
    expect(stderr).toMatch(new RegExp(`^invite-check cannot start: Could not check SLACK_BOT_TOKEN with Slack at ${apiUrl} \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${closed}\\)\\. Check the network and SLACK_API_URL, then start again\\.\\n$`));
  });

  it('refuses to start, in one line, when its port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const app = boot({
        SLACK_BOT_TOKEN: 'xoxb-boot-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: standIn.apiUrl,
        PORT: String(port),
        DATABASE_PATH: database.path,
      });
      expect(await app.exited).toBe(1);
      const { stderr } = app.output();
      expect(stderr).toBe(
        `invite-check cannot start: something else is listening on port ${port}, often another copy of invite-check. Stop it, or set PORT to a free port.\n`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses a database written by a newer version, with one clear line', async () => {
    const db = new Database(database.path);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')");
    db.close();
    const app = boot({ SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: SECRET, DATABASE_PATH: database.path, PORT: '0' });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toMatch(/schema version 999.*newer/);
  });
});
