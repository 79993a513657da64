-- The plugin platform: which tenant enabled which plugin with which settings, and what failed.

CREATE TABLE plugin_installation (
  tenant_id             BIGINT        NOT NULL,
  id                    BIGINT        NOT NULL,
  version               BIGINT        NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  plugin_id             VARCHAR(64)   NOT NULL,
  plugin_version        VARCHAR(32)   NOT NULL,
  enabled               BOOLEAN       NOT NULL,
  settings              LONGTEXT      NOT NULL,
  suspended             BOOLEAN       NOT NULL,
  consecutive_failures  INT           NOT NULL,
  last_failure_at       DATETIME(6),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ux_plugin_installation_plugin ON plugin_installation (tenant_id, plugin_id);

CREATE TABLE plugin_failure (
  tenant_id        BIGINT        NOT NULL,
  id               BIGINT        NOT NULL,
  plugin_id        VARCHAR(64)   NOT NULL,
  extension_point  VARCHAR(60)   NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  detail           VARCHAR(1000),
  occurred_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_plugin_failure_plugin ON plugin_failure (tenant_id, plugin_id, occurred_at);
