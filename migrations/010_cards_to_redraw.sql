-- 010: cards still to redraw after a focus change. Changing one's focus weighs every waiting
-- invitation again; the newest changed cards are redrawn at once, and the rest are marked here
-- for a job that redraws them at the pace Slack's limits allow, across restarts. The index is
-- partial, so a fresh check (never marked) costs it nothing.
ALTER TABLE invitations ADD COLUMN card_stale_since INTEGER;
CREATE INDEX invitations_cards_to_redraw ON invitations (card_stale_since, id) WHERE card_stale_since IS NOT NULL;
