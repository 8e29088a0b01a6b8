-- 017: a weekly review DM that could keep the name of someone forgotten since.
--
-- names_forgotten: 1 when a check that the review's post in flight (begun, not yet recorded) may
-- name was forgotten meanwhile. The sweep that records the post, or finds it later, then redraws
-- or clears it. A review built before a check was forgotten is not posted at all (its post stamp
-- finds the check gone): this covers a forgetting after the stamp, whose look in the DM can come
-- before the post lands.
ALTER TABLE weekly_reviews ADD COLUMN names_forgotten INTEGER NOT NULL DEFAULT 0 CHECK (names_forgotten IN (0, 1));
