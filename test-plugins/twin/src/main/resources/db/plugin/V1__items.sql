-- The twin's one table: led by tenant_id, in the plugin's prefix (p_twin_test_).
CREATE TABLE p_twin_test_item (
  tenant_id  BIGINT        NOT NULL,
  id         BIGINT        NOT NULL,
  label      VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
