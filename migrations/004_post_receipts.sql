-- 004: knowing whether a DM reached Slack before a crash. chat.postMessage has no idempotency key,
-- so a sweep that dies between posting and recording leaves Slack with a message we do not know of.
-- The sweep now stamps a nudge just before its DM goes out; a later sweep that finds the stamp
-- looks for the DM (tagged with message metadata) in the conversation's history before it sends
-- again. NULL: no DM for this nudge can be out there unrecorded.
ALTER TABLE thank_you_nudges ADD COLUMN post_started_at INTEGER;

-- The same for the weekly review: when its post began. A sweep that takes over an expired claim,
-- or retries after an answer that never came, checks the DM's history from here first.
ALTER TABLE weekly_reviews ADD COLUMN post_started_at INTEGER;
