-- 019: an id is never given twice. SQLite gives a new row one more than the largest id in its
-- table, so once someone's newest check was forgotten, the next check took its id, and anything
-- still showing the forgotten one acted on the new one: a form left open (Edit details, Ignore…),
-- a button in a DM or in a list shown privately, a review's record of whom its lost post names.
-- Thank-you reminders (their ids are on the DM's buttons) go with their check, so the same holds.
--
-- deleted_id_high_water: per table, the largest id ever deleted from it. The app's inserts take
-- one more than the larger of that and the table's largest id (see invitations-repo and
-- nudges-repo). Kept by triggers, so every way of deleting (forget, forget-me, the cascade from a
-- check to its reminders) counts. Ids deleted before this migration are not known: it starts
-- from the largest id there is.
CREATE TABLE deleted_id_high_water (
  table_name TEXT PRIMARY KEY,
  last_id    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO deleted_id_high_water (table_name, last_id) VALUES
  ('invitations', (SELECT coalesce(max(id), 0) FROM invitations)),
  ('thank_you_nudges', (SELECT coalesce(max(id), 0) FROM thank_you_nudges));

CREATE TRIGGER invitations_keep_deleted_id AFTER DELETE ON invitations
WHEN OLD.id > (SELECT last_id FROM deleted_id_high_water WHERE table_name = 'invitations')
BEGIN
  UPDATE deleted_id_high_water SET last_id = OLD.id WHERE table_name = 'invitations';
END;

CREATE TRIGGER thank_you_nudges_keep_deleted_id AFTER DELETE ON thank_you_nudges
WHEN OLD.id > (SELECT last_id FROM deleted_id_high_water WHERE table_name = 'thank_you_nudges')
BEGIN
  UPDATE deleted_id_high_water SET last_id = OLD.id WHERE table_name = 'thank_you_nudges';
END;
