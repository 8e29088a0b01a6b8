-- 013: the Slack messages a forgetting still has to blank or redraw. Forgetting deletes the records
-- at once, but a person may have thousands of cards and DMs, and chat.update is Tier 3 (about 50 a
-- minute, shared with every click): the newest are changed at once, and the rest are kept here,
-- only where each message is and what it is to say, for the card catch-up job to change at Slack's
-- pace, across restarts. A row goes once Slack has changed the message (or said it never can).
--   kind 'card': an invitation card, to say it was removed at its owner's request;
--   kind 'thank-you': a thank-you DM, redrawn as its reminders stand then (with none left, removed);
--   kind 'review': a weekly review DM, cleared.
--   who: 'you' after forget-me (the DM's own reader was forgotten), else 'person'.
-- user_id and week, only for a review cleared after `forget`, name the owner (who stays) and the
-- week, so that the cleared review lets go of its names. Forget-me of that owner clears them.
CREATE TABLE forgotten_messages (
  id         INTEGER PRIMARY KEY,
  team_id    TEXT    NOT NULL,
  channel_id TEXT    NOT NULL,
  message_ts TEXT    NOT NULL,
  kind       TEXT    NOT NULL CHECK (kind IN ('card', 'thank-you', 'review')),
  who        TEXT    NOT NULL CHECK (who IN ('person', 'you')),
  user_id    TEXT,
  week       TEXT,
  queued_at  INTEGER NOT NULL,
  UNIQUE (team_id, channel_id, message_ts)
);

-- Forget-me finds the rows that still name the person.
CREATE INDEX forgotten_messages_by_user ON forgotten_messages (team_id, user_id) WHERE user_id IS NOT NULL;
