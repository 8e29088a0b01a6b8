-- 007: the cards the retention purge left behind. The purge keeps a purged invitation's card
-- location (channel_id, message_ts) until Slack has confirmed the card was blanked (or said it is
-- gone for good), so a crash or an outage between the purge and the blanking loses nothing. This
-- index finds those cards without reading the table. Cards of invitations purged before this
-- version still have their location too, and are blanked by the first run after the upgrade.
CREATE INDEX invitations_cards_to_blank ON invitations (id)
  WHERE details_removed_at IS NOT NULL AND message_ts IS NOT NULL;
