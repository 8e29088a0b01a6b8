-- 002: teammates' voices, personal settings, weekly reviews and the team digest.

-- A teammate's word on an invitation: one per teammate per invitation, changeable, removable.
CREATE TABLE teammate_voices (
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  team_id       TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  kind          TEXT    NOT NULL CHECK (kind IN ('knows', 'caution')),
  note          TEXT,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  PRIMARY KEY (invitation_id, user_id)
);

-- The owner hears once, the first time any teammate weighs in.
ALTER TABLE invitations ADD COLUMN owner_told_of_voices INTEGER NOT NULL DEFAULT 0;

-- One person's settings in one workspace. NULL hours, days or delay: the workspace default.
CREATE TABLE user_settings (
  team_id          TEXT    NOT NULL,
  user_id          TEXT    NOT NULL,
  focus_industries TEXT    NOT NULL DEFAULT '[]',  -- JSON arrays of the owner's own terms
  focus_roles      TEXT    NOT NULL DEFAULT '[]',
  focus_keywords   TEXT    NOT NULL DEFAULT '[]',
  focus_text       TEXT,
  work_start       TEXT,                           -- 'HH:MM'
  work_end         TEXT,
  work_days        TEXT,                           -- JSON array of 0 (Sunday) … 6
  thank_you_delay  TEXT    NOT NULL DEFAULT 'workspace',
  weekly_review    INTEGER NOT NULL DEFAULT 1,
  updated_at       INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;

-- One weekly review per person per ISO week: claimed (sending) before it is sent, like nudges.
CREATE TABLE weekly_reviews (
  team_id    TEXT    NOT NULL,
  user_id    TEXT    NOT NULL,
  week       TEXT    NOT NULL,                     -- '2026-W48', in the person's time zone
  status     TEXT    NOT NULL CHECK (status IN ('sending', 'sent', 'empty')),
  claimed_at INTEGER NOT NULL,
  sent_at    INTEGER,
  PRIMARY KEY (team_id, user_id, week)
) WITHOUT ROWID;

-- One team digest per workspace per week.
CREATE TABLE team_digests (
  team_id    TEXT    NOT NULL,
  week       TEXT    NOT NULL,
  status     TEXT    NOT NULL CHECK (status IN ('sending', 'sent', 'empty')),
  claimed_at INTEGER NOT NULL,
  sent_at    INTEGER,
  PRIMARY KEY (team_id, week)
) WITHOUT ROWID;

-- Reviews, stats, the ignored list and the Home tab read by owner and by decision time.
CREATE INDEX invitations_by_owner_decided ON invitations (team_id, owner_id, decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX invitations_by_team_decided ON invitations (team_id, decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX thank_you_nudges_by_owner ON thank_you_nudges (team_id, owner_id, status);
