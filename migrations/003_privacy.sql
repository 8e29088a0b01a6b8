-- 003: privacy. After RETENTION_DAYS, an ignored, declined or blocked invitation keeps only its
-- decision and dates; this records when its details were removed.
ALTER TABLE invitations ADD COLUMN details_removed_at INTEGER;

CREATE INDEX invitations_retention ON invitations (decided_at)
  WHERE details_removed_at IS NULL AND status IN ('ignored', 'declined', 'blocked');
CREATE INDEX teammate_voices_by_user ON teammate_voices (team_id, user_id);
