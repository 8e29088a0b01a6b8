-- 017: two ways a weekly review DM could keep the name of someone forgotten since.
--
-- lost_post_started_at, lost_post_names: a review sent again because Slack kept failing the looks
-- for an earlier post of it (for three hours; or never, without im:history) is recorded with the
-- DM sent again. The earlier post may have gone out too: from when it began, another DM tagged
-- with the week may be there besides the recorded one, naming lost_post_names (a JSON array of
-- invitation ids; NULL when not known, for a claim stamped before migration 016). `forget` and
-- `forget-me` look for it and clear it, as they do for a claim left unsure. NULL: no such post.
--
-- names_forgotten: 1 when a check that the review's post in flight (begun, not yet recorded) may
-- name was forgotten meanwhile. The sweep that records the post, or finds it later, then redraws
-- or clears it. A review built before a check was forgotten is not posted at all (its post stamp
-- finds the check gone): this covers a forgetting after the stamp, whose look in the DM can come
-- before the post lands.
ALTER TABLE weekly_reviews ADD COLUMN lost_post_started_at INTEGER;
ALTER TABLE weekly_reviews ADD COLUMN lost_post_names TEXT;
ALTER TABLE weekly_reviews ADD COLUMN names_forgotten INTEGER NOT NULL DEFAULT 0 CHECK (names_forgotten IN (0, 1));
