/**
 * Fast seeding for the benchmark, all in SQL (`WITH RECURSIVE`, one transaction per call), shaped
 * like a team's real history: invitations with every decision, their decision events, and the
 * thank-you nudges of the accepted ones in every state. Names carry the row id so a DM's content
 * can be traced back to its nudge.
 */
import type { Db } from '../src/db/open.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function ownerId(index: number): string {
  return `U${String(index).padStart(9, '0')}`;
}

/**
 * Invitations `from`…`to` (ids) for `owners` owners: one in ten accepted (ids ending in 0),
 * four pending, three ignored, one declined, one blocked. The accepted invitation with id
 * 10·k has a nudge; those with k ≤ `dueCount` are due now (spread over the last hour), the rest
 * are scheduled in the future (one in three) or delivered and finished. Ten consecutive ids share
 * an owner, so the nudges due are spread evenly over all owners.
 */
export function seedHistory(db: Db, input: { teamId: string; from: number; to: number; owners: number; dueCount: number; now: number }): void {
  const params = { ...input, day: DAY_MS };
  const seed = db.transaction(() => {
    db.prepare(`
      WITH RECURSIVE seq(id) AS (SELECT @from UNION ALL SELECT id + 1 FROM seq WHERE id < @to)
      INSERT INTO invitations (id, team_id, owner_id, name, headline, company, mutual_connections, note, profile_url,
        person_key, source, recommendation, score, reasons, status, decided_at, decided_by, decision_reason,
        channel_id, message_ts, request_key, created_at, updated_at)
      SELECT id, @teamId, printf('U%09d', (id / 10) % @owners), printf('Bench Person %07d', id),
        CASE id % 4 WHEN 0 THEN 'Senior Software Engineer' WHEN 1 THEN 'Head of Data Partnerships' WHEN 2 THEN 'VP Sales' ELSE 'Product Manager' END,
        printf('Company %04d', id % 5000), id % 40,
        CASE id % 3 WHEN 0 THEN 'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.' WHEN 1 THEN NULL
          ELSE 'I''d like to add you to my professional network on LinkedIn.' END,
        printf('https://www.linkedin.com/in/bench-person-%07d', id),
        printf('bench person %07d|senior software engineer', id), NULL,
        CASE id % 3 WHEN 0 THEN 'accept' WHEN 1 THEN 'review' ELSE 'ignore' END, 30 + id % 60,
        '["14 mutual connections: people you know can vouch for them.","A personal note that mentions where you met or an event."]',
        CASE id % 10 WHEN 0 THEN 'accepted' WHEN 5 THEN 'ignored' WHEN 6 THEN 'ignored' WHEN 7 THEN 'ignored'
          WHEN 8 THEN 'declined' WHEN 9 THEN 'blocked' ELSE 'pending' END,
        CASE WHEN id % 10 IN (0, 5, 6, 7, 8, 9) THEN @now - (@to - id) * 60000 - @day ELSE NULL END,
        CASE WHEN id % 10 IN (0, 5, 6, 7, 8, 9) THEN printf('U%09d', (id / 10) % @owners) ELSE NULL END,
        CASE id % 10 WHEN 5 THEN 'not_relevant' WHEN 9 THEN 'spam' ELSE NULL END,
        printf('C%08d', id % 50), printf('1700000000.%06d', id % 1000000), printf('command:%d', id),
        @now - (@to - id) * 60000 - 2 * @day, @now - (@to - id) * 60000 - @day
      FROM seq`).run(params);
    db.prepare(`
      INSERT INTO decision_events (invitation_id, team_id, actor_id, decision, reason, note, created_at)
      SELECT id, team_id, owner_id, status, decision_reason, NULL, decided_at
      FROM invitations WHERE id BETWEEN @from AND @to AND decided_at IS NOT NULL`).run(params);
    db.prepare(`
      INSERT INTO thank_you_nudges (invitation_id, team_id, owner_id, status, due_at, delivered_at, dm_channel_id, dm_ts,
        finished_at, created_at, updated_at)
      SELECT id, team_id, owner_id,
        CASE WHEN id / 10 <= @dueCount THEN 'scheduled' WHEN (id / 10) % 3 = 0 THEN 'scheduled'
          WHEN (id / 10) % 3 = 1 THEN 'done' ELSE 'delivered' END,
        CASE WHEN id / 10 <= @dueCount THEN @now - (id % 3600) * 1000
          WHEN (id / 10) % 3 = 0 THEN @now + (1 + id % 30) * @day ELSE decided_at + @day END,
        CASE WHEN id / 10 > @dueCount AND (id / 10) % 3 <> 0 THEN decided_at + @day ELSE NULL END,
        CASE WHEN id / 10 > @dueCount AND (id / 10) % 3 <> 0 THEN 'D' || substr(owner_id, 2) ELSE NULL END,
        CASE WHEN id / 10 > @dueCount AND (id / 10) % 3 <> 0 THEN printf('1700000001.%06d', id % 1000000) ELSE NULL END,
        CASE WHEN id / 10 > @dueCount AND (id / 10) % 3 = 1 THEN decided_at + 2 * @day ELSE NULL END,
        decided_at, decided_at
      FROM invitations WHERE id BETWEEN @from AND @to AND status = 'accepted'`).run(params);
  });
  seed.immediate();
}

export interface DueSeed {
  owners: number;
  nudges: number;
  /** DMs the sweep must send: one per owner per ten people. */
  dms: number;
  maxDmsPerOwner: number;
  nudgeIds: number[];
}

/**
 * `owners` owners with thank-you nudges all due now and nothing cached about them (no time zone,
 * no DM channel), as right after a fresh install: `perOwner` each, and every `heavyEvery`-th
 * owner `heavyPerOwner` (more than one DM's worth, so the per-channel limit counts too).
 */
export function seedDueNudges(db: Db, input: { teamId: string; owners: number; perOwner: number; heavyEvery: number; heavyPerOwner: number; now: number }): DueSeed {
  const insertInvitation = db.prepare(`
    INSERT INTO invitations (team_id, owner_id, name, headline, company, mutual_connections, note, profile_url, person_key,
      recommendation, score, reasons, status, decided_at, decided_by, channel_id, created_at, updated_at)
    VALUES (@teamId, @ownerId, @name, 'Senior Software Engineer', 'Northwind Analytics', 12,
      'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.', @url, @key,
      'accept', 82, '["12 mutual connections: people you know can vouch for them."]', 'accepted', @decided, @ownerId, 'C0BENCH001', @decided, @decided)`);
  const insertNudge = db.prepare(`
    INSERT INTO thank_you_nudges (invitation_id, team_id, owner_id, status, due_at, created_at, updated_at)
    VALUES (?, ?, ?, 'scheduled', ?, ?, ?)`);
  const nudgeIds: number[] = [];
  let dms = 0;
  let maxDmsPerOwner = 0;
  db.transaction(() => {
    for (let owner = 0; owner < input.owners; owner += 1) {
      const ownerIdText = ownerId(owner);
      const count = owner % input.heavyEvery === input.heavyEvery - 1 ? input.heavyPerOwner : input.perOwner;
      const ownerDms = Math.ceil(count / 10);
      dms += ownerDms;
      maxDmsPerOwner = Math.max(maxDmsPerOwner, ownerDms);
      for (let n = 0; n < count; n += 1) {
        const decided = input.now - DAY_MS - n * 1000;
        const name = `Due Person ${owner}-${n}`;
        const invitation = insertInvitation.run({
          teamId: input.teamId,
          ownerId: ownerIdText,
          name,
          url: `https://www.linkedin.com/in/due-person-${owner}-${n}`,
          key: `${name.toLowerCase()}|senior software engineer`,
          decided,
        });
        const nudge = insertNudge.run(invitation.lastInsertRowid, input.teamId, ownerIdText, input.now - 60_000 - n, decided, decided);
        nudgeIds.push(Number(nudge.lastInsertRowid));
      }
    }
  }).immediate();
  return { owners: input.owners, nudges: nudgeIds.length, dms, maxDmsPerOwner, nudgeIds };
}
