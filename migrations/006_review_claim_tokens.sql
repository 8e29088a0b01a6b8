-- 006: whose claim a weekly review or team digest is. A sweep that outlived its lease must not
-- finish, release, expire or stamp the claim another sweep has since taken over: each claim now
-- carries the claiming sweep's token, and every update of a claimed row names it, as nudges do.
-- NULL: claimed before this version (such a claim can only expire and be taken over) or not claimed.
ALTER TABLE weekly_reviews ADD COLUMN claim_token TEXT;
ALTER TABLE team_digests ADD COLUMN claim_token TEXT;
