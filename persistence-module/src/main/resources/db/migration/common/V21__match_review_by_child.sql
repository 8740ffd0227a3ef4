-- A shielding request also shields the children under a pending match review with the child (ShieldingSpread): it
-- looks the child up on both sides of the review, and only the candidate side had an index.
CREATE INDEX ix_match_review_child ON match_review (child_id);
