-- Version 2.0.0 adds an amount; rows written by 1.0.0 get the default.
ALTER TABLE p_ledger_test_entry ADD COLUMN amount INT DEFAULT 7;
