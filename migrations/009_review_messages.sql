-- 009: where each weekly review DM is, and whom it names. A review lists people by name (waiting
-- invitations, thank-yous owed, the week's decisions); forgetting someone must reach those DMs
-- too, and before this nothing said where they were. The location is set once the DM is posted;
-- the names are added as the review is redrawn (a click in it shows the review as it stands).
ALTER TABLE weekly_reviews ADD COLUMN channel_id TEXT;
ALTER TABLE weekly_reviews ADD COLUMN message_ts TEXT;

CREATE TABLE weekly_review_names (
  team_id       TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  week          TEXT    NOT NULL,
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  PRIMARY KEY (invitation_id, team_id, user_id, week),
  FOREIGN KEY (team_id, user_id, week) REFERENCES weekly_reviews (team_id, user_id, week) ON DELETE CASCADE
) WITHOUT ROWID;

-- The foreign key's own lookup (a review released or forgotten takes its names with it).
CREATE INDEX weekly_review_names_by_review ON weekly_review_names (team_id, user_id, week);
