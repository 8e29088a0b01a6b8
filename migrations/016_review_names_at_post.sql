-- 016: whom a lost weekly review names. A review's content is known before its post begins, so
-- the invitations it will name are recorded (in weekly_review_names, 009) in the same write that
-- stamps the post as begun (post_started_at, 004). A review a crashed sweep posted, found later in
-- the DM, then keeps exactly those names, and forgetting someone it did not name leaves it alone.
-- names_at_post: 1 when every post begun under the claim recorded its names so; 0 for a claim
-- stamped before this version (whom its post named is not known: a found one is taken to name
-- every check made by then, as before) and for rows whose post never began.
ALTER TABLE weekly_reviews ADD COLUMN names_at_post INTEGER NOT NULL DEFAULT 0 CHECK (names_at_post IN (0, 1));
