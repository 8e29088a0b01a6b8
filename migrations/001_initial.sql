-- 001: the invitation lifecycle. Times are Unix epoch milliseconds (UTC).

-- One row per check: an invitation someone forwarded with /invite-check.
CREATE TABLE invitations (
  id                 INTEGER PRIMARY KEY,
  team_id            TEXT    NOT NULL,
  owner_id           TEXT    NOT NULL,           -- who received the invitation and ran the check
  name               TEXT    NOT NULL,
  headline           TEXT,
  company            TEXT,
  mutual_connections INTEGER,
  note               TEXT,
  profile_url        TEXT,                       -- normalised https://www.linkedin.com/in/<slug>
  person_key         TEXT    NOT NULL,           -- name + headline, to recognise people without a URL
  source             TEXT,                       -- where it came from, as the owner said
  recommendation     TEXT    NOT NULL CHECK (recommendation IN ('accept', 'review', 'ignore')),
  score              INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  reasons            TEXT    NOT NULL,           -- JSON array of sentences
  status             TEXT    NOT NULL DEFAULT 'pending'
                             CHECK (status IN ('pending', 'accepted', 'ignored', 'declined', 'blocked')),
  decided_at         INTEGER,
  decided_by         TEXT,
  decision_reason    TEXT,
  decision_note      TEXT,
  channel_id         TEXT,                       -- where the card lives
  message_ts         TEXT,                       -- null while not posted, or when only shown ephemerally
  response_url       TEXT,                       -- Slack's URL to redraw an ephemeral card (short-lived)
  request_key        TEXT,                       -- Slack delivery id, so a retried delivery is stored once
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);
CREATE UNIQUE INDEX invitations_request_key ON invitations (team_id, request_key) WHERE request_key IS NOT NULL;
CREATE INDEX invitations_by_profile ON invitations (team_id, profile_url) WHERE profile_url IS NOT NULL;
CREATE INDEX invitations_by_person ON invitations (team_id, person_key);
CREATE INDEX invitations_by_owner ON invitations (team_id, owner_id, status, created_at);

-- Every decision ever made, dated; never overwritten.
CREATE TABLE decision_events (
  id            INTEGER PRIMARY KEY,
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  team_id       TEXT    NOT NULL,
  actor_id      TEXT    NOT NULL,
  decision      TEXT    NOT NULL CHECK (decision IN ('accepted', 'ignored', 'declined', 'blocked')),
  reason        TEXT,
  note          TEXT,
  created_at    INTEGER NOT NULL
);
CREATE INDEX decision_events_by_invitation ON decision_events (invitation_id, created_at);

-- Thank-you nudges after an Accept.
--   scheduled -> sending (claimed by a sweep) -> delivered (DM posted) -> done | skipped
--   delivered -> scheduled again when snoozed; sending -> scheduled when a send fails.
CREATE TABLE thank_you_nudges (
  id            INTEGER PRIMARY KEY,
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  team_id       TEXT    NOT NULL,
  owner_id      TEXT    NOT NULL,
  status        TEXT    NOT NULL DEFAULT 'scheduled'
                        CHECK (status IN ('scheduled', 'sending', 'delivered', 'done', 'skipped', 'cancelled', 'retired')),
  due_at        INTEGER NOT NULL,
  claim_token   TEXT,
  claimed_at    INTEGER,
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  delivered_at  INTEGER,
  dm_channel_id TEXT,
  dm_ts         TEXT,
  finished_at   INTEGER,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
-- The sweep reads only what is due: its cost follows the number due, not the table size.
CREATE INDEX thank_you_nudges_due ON thank_you_nudges (due_at) WHERE status = 'scheduled';
CREATE INDEX thank_you_nudges_due_by_owner ON thank_you_nudges (team_id, owner_id, due_at) WHERE status = 'scheduled';
CREATE INDEX thank_you_nudges_claimed ON thank_you_nudges (claimed_at) WHERE status = 'sending';
CREATE INDEX thank_you_nudges_by_dm ON thank_you_nudges (dm_channel_id, dm_ts) WHERE dm_ts IS NOT NULL;
CREATE UNIQUE INDEX thank_you_nudges_one_open ON thank_you_nudges (invitation_id)
  WHERE status IN ('scheduled', 'sending', 'delivered');

-- What we cache from users.info and conversations.open, to spend Slack's rate limits on what matters.
CREATE TABLE slack_users (
  team_id       TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  tz            TEXT,
  real_name     TEXT,
  dm_channel_id TEXT,
  fetched_at    INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;
