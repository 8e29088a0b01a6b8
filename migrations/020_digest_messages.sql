-- 020: where each team digest is, what it covered and whom it names. The digest lists "@owner
-- connected with Name" lines and counts for a week gone by; forgetting a person (or forget-me of an
-- owner) must reach it too, and before this nothing said where it was. The place and period are
-- set when Slack answers the post (a digest whose answer never came cannot be found: the app has no
-- scope to read the channel); the names are every invitation accepted in its period, as the post
-- was drawn (a superset of the lines it shows). A digest posted before this version has no place.
ALTER TABLE team_digests ADD COLUMN channel_id TEXT;
ALTER TABLE team_digests ADD COLUMN message_ts TEXT;
-- The days it covers, [covers_from, covers_to) in ms: redrawn "as it stands now" over the same days.
ALTER TABLE team_digests ADD COLUMN covers_from INTEGER;
ALTER TABLE team_digests ADD COLUMN covers_to INTEGER;

CREATE TABLE team_digest_names (
  team_id       TEXT    NOT NULL,
  week          TEXT    NOT NULL,
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  PRIMARY KEY (invitation_id, team_id, week),
  FOREIGN KEY (team_id, week) REFERENCES team_digests (team_id, week) ON DELETE CASCADE
) WITHOUT ROWID;

-- The foreign key's own lookup.
CREATE INDEX team_digest_names_by_digest ON team_digest_names (team_id, week);

-- The forgetting's queue (013) takes digests too: kind 'digest', redrawn as it stands over the days
-- it covers (week names the digest). SQLite cannot change a CHECK in place: the table is rebuilt,
-- with its rows, ids (the queue's order) and index.
CREATE TABLE forgotten_messages_020 (
  id         INTEGER PRIMARY KEY,
  team_id    TEXT    NOT NULL,
  channel_id TEXT    NOT NULL,
  message_ts TEXT    NOT NULL,
  kind       TEXT    NOT NULL CHECK (kind IN ('card', 'thank-you', 'review', 'digest')),
  who        TEXT    NOT NULL CHECK (who IN ('person', 'you')),
  user_id    TEXT,
  week       TEXT,
  queued_at  INTEGER NOT NULL,
  UNIQUE (team_id, channel_id, message_ts)
);
INSERT INTO forgotten_messages_020 (id, team_id, channel_id, message_ts, kind, who, user_id, week, queued_at)
  SELECT id, team_id, channel_id, message_ts, kind, who, user_id, week, queued_at FROM forgotten_messages;
DROP TABLE forgotten_messages;
ALTER TABLE forgotten_messages_020 RENAME TO forgotten_messages;
CREATE INDEX forgotten_messages_by_user ON forgotten_messages (team_id, user_id) WHERE user_id IS NOT NULL;
