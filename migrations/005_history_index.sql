-- 005: a person's earlier checks, by name and headline, among checks that had no profile URL. A
-- check with a URL reads these alongside the checks of that URL; with this index both reads walk
-- newest first and stop at what the card shows.
CREATE INDEX invitations_by_person_without_url ON invitations (team_id, person_key) WHERE profile_url IS NULL;
