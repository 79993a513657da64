-- Records of plugins' custom objects (PluginContext.customObjects()), one JSON document each.

CREATE TABLE plugin_object (
  tenant_id    BIGINT        NOT NULL,
  id           BIGINT        NOT NULL,
  version      BIGINT        NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  plugin_id    VARCHAR(64)   NOT NULL,
  object_name  VARCHAR(64)   NOT NULL,
  data         LONGTEXT      NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_plugin_object_name ON plugin_object (tenant_id, plugin_id, object_name, id);
