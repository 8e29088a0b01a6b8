-- 018: the link to a check's card, as Slack's chat.getPermalink gave it, for the Home tab's
-- "Open the card". Asked of Slack once, when Home first lists the waiting check, never on the check
-- path; kept only while the card stays where it was asked for: a card noted at another place, a
-- purge (the details and then the card's place go) or a forgetting (the row goes) lets go of it.
-- NULL: not asked yet, Slack would not say, or the card is not a message (shown privately, nowhere).
ALTER TABLE invitations ADD COLUMN card_permalink TEXT;
