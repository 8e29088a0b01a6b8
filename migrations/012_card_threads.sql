-- 012: the thread a card was posted in. "Check this invitation" on a reply posts the card in that
-- reply's thread; the private notes the owner gets about the card later (a teammate's comment, a
-- decline draft, "couldn't update the card") go to the same thread rather than the channel's main
-- view, where they would sit apart from the card they are about. NULL: not in a thread.
ALTER TABLE invitations ADD COLUMN card_thread_ts TEXT;
