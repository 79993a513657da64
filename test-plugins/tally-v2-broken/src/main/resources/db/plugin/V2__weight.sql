-- Broken on purpose: indexes a column that does not exist, so the upgrade's migration fails.
CREATE INDEX ix_p_tally_test_item_weight ON p_tally_test_item (tenant_id, weight);
