-- The fixed V2 (same version as the broken one, which the host removed from the history): rows get weight 1.
ALTER TABLE p_tally_test_item ADD COLUMN weight INT DEFAULT 1;
