-- 015: two facts about a check's card that the app learns only as it shows it, and needs again
-- after a restart or when its person is forgotten.
-- checked_in_group_dm: 1 when the check was made in a group DM (the command's channel name says
-- so; Slack tells it nowhere else without another scope). A card posted late after a crash, whose
-- post there is refused, goes to the owner's DM: its notice must not ask them to add the app to a
-- group DM with /invite, which cannot be done. 0 for a channel, a DM, and every older check.
ALTER TABLE invitations ADD COLUMN checked_in_group_dm INTEGER NOT NULL DEFAULT 0 CHECK (checked_in_group_dm IN (0, 1));
-- card_shown_nowhere_at: when every way of showing the card was refused (the conversation, the
-- private copy beside the command, the owner's DM). No card of it is anywhere, so forgetting its
-- person must not warn that one "may be in that channel", as it does for a post a crash cut short,
-- whose outcome was never noted. A post Slack never answered is still noted in
-- unanswered_post_channel_id (011), which the warning reads first. NULL: a card was shown (or is
-- being shown) somewhere, or the outcome is not known.
ALTER TABLE invitations ADD COLUMN card_shown_nowhere_at INTEGER;
