-- Version 2's column has a default, so version 1 (still serving other tenants) keeps inserting rows.
ALTER TABLE p_twin_test_item ADD COLUMN weight INT DEFAULT 1;
