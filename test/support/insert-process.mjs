// A process checking invitations into a shared SQLite file through the real, built repositories,
// forgetting its newest check now and then, as a second app process on the same file would:
// node test/support/insert-process.mjs <databasePath> <ownerId> <checks> <forgetEvery> [startAt]
// With startAt (epoch ms), it waits until then once loaded, so two processes started together
// write at the same time however long each took to start on a busy machine.
// Each accepted check gets a thank-you reminder. Prints, as JSON on stdout, every id it was given
// (checks and reminders, forgotten ones included) and how many inserts created nothing.
const [databasePath, ownerId, checks, forgetEvery, startAt = '0'] = process.argv.slice(2);
const dist = new URL('../../dist/', import.meta.url);
const { openDatabase } = await import(new URL('db/open.js', dist).href);
const { createRepos } = await import(new URL('db/repos.js', dist).href);

const TEAM = 'T0TEAM0001';
const db = openDatabase(databasePath);
const repos = createRepos(db);
const invitationIds = [];
const nudgeIds = [];
let notCreated = 0;
let forgotten = 0;
const now = new Date('2026-11-02T10:00:00.000Z');
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 2));
for (let i = 0; i < Number(checks); i += 1) {
  const name = `Person ${ownerId} ${i}`;
  const { record, created } = repos.invitations.insert({
    teamId: TEAM, ownerId, name, headline: 'Engineer', company: null, mutualConnections: 3, note: null, profileUrl: null,
    personKey: `person ${ownerId.toLowerCase()} ${i}|engineer`, source: null, recommendation: 'review', score: 50, reasons: [],
    channelId: 'C0CHANNEL1', requestKey: null, createdAt: now,
  });
  if (!created) notCreated += 1;
  invitationIds.push(record.id);
  repos.invitations.decide({ teamId: TEAM, id: record.id, actorId: ownerId, decision: 'accepted', reason: null, note: null, at: now });
  if (repos.nudges.schedule({ invitationId: record.id, teamId: TEAM, ownerId, dueAt: now, now })) {
    nudgeIds.push(db.prepare('SELECT id FROM thank_you_nudges WHERE invitation_id = ?').get(record.id).id);
  }
  if ((i + 1) % Number(forgetEvery) === 0) forgotten += repos.privacy.forgetChecks(TEAM, ownerId, [record.id], now).length;
  // A short pause now and then hands the file to the other process, so the two take turns even
  // when the machine is busy enough to run each for long stretches.
  if ((i + 1) % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
}
db.close();
process.stdout.write(JSON.stringify({ invitationIds, nudgeIds, notCreated, forgotten }));
