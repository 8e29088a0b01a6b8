-- 011: where a card's post went unanswered. When chat.postMessage for a card times out, Slack may
-- have stored the card in the channel all the same, and the app never learns its ts (it has no
-- scope to read channel history). This keeps the conversation the post was sent to, so that
-- forgetting and the retention purge can say that a card may be there which they cannot blank,
-- and so that the owner's private copy keeps saying either copy works. A click that notes the
-- channel's copy as the card's place clears it: that card is then blanked like any other.
ALTER TABLE invitations ADD COLUMN unanswered_post_channel_id TEXT;
