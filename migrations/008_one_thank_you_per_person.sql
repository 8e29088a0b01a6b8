-- 008: one thank-you per person. A nudge is scheduled after an Accept only when the owner has
-- no other nudge for the same person that is waiting, on its way, delivered, sent or skipped:
-- changing a decision away from Accept and back, or accepting a second check of someone already
-- thanked, must not bring the same draft again. This index finds an invitation's nudges in any
-- state (thank_you_nudges_one_open covers only the open ones).
CREATE INDEX thank_you_nudges_by_invitation ON thank_you_nudges (invitation_id, status);
