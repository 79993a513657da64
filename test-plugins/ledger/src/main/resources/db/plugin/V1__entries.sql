-- The ledger's one table: led by tenant_id, in the plugin's prefix (p_ledger_test_).
CREATE TABLE p_ledger_test_entry (
  tenant_id  BIGINT        NOT NULL,
  id         BIGINT        NOT NULL,
  label      VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_p_ledger_test_entry_label ON p_ledger_test_entry (tenant_id, label);
