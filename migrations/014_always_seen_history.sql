-- 014: a block or a decline is never lost behind later checks. A check reads the person's ten
-- newest earlier checks; when those have no block (which always means ignore) or no decline, the
-- newest older one is read as well. These indexes hold only blocked and declined checks, so that
-- read finds it at once, however often the person was checked since, and the many checks that are
-- neither cost them nothing. One index for each way the history read finds a person: by profile URL,
-- and by name and headline.
CREATE INDEX invitations_always_seen_by_profile ON invitations (team_id, profile_url, status)
  WHERE status IN ('blocked', 'declined') AND profile_url IS NOT NULL;
CREATE INDEX invitations_always_seen_by_person ON invitations (team_id, person_key, status)
  WHERE status IN ('blocked', 'declined');
