-- Custom fields (自定义字段) of leads, customers, contacts and opportunities (ADR 0130): the
-- definitions, and their values one typed row each (a multi-choice value is one row per option),
-- indexed per (tenant, field, value) so that list filters are indexed EXISTS subqueries.

CREATE TABLE custom_field (
  tenant_id      BIGINT        NOT NULL,
  id             BIGINT        NOT NULL,
  entity         VARCHAR(20)   NOT NULL,
  code           VARCHAR(40)   NOT NULL,
  field_type     VARCHAR(10)   NOT NULL,
  multiple       BOOLEAN       NOT NULL,
  label_en       VARCHAR(100)  NOT NULL,
  label_zh       VARCHAR(100)  NOT NULL,
  required       BOOLEAN       NOT NULL,
  sort_order     INT           NOT NULL,
  active         BOOLEAN       NOT NULL,
  options        LONGTEXT      NOT NULL,
  lookup_entity  VARCHAR(20),
  source         VARCHAR(80)   NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ux_custom_field_code ON custom_field (tenant_id, entity, code);

CREATE TABLE custom_field_value (
  tenant_id     BIGINT         NOT NULL,
  id            BIGINT         NOT NULL,
  field_id      BIGINT         NOT NULL,
  record_id     BIGINT         NOT NULL,
  text_value    VARCHAR(500),
  number_value  DECIMAL(24,6),
  date_value    DATE,
  ref_value     BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_custom_field_value_record ON custom_field_value (tenant_id, record_id, field_id);
CREATE INDEX ix_custom_field_value_text ON custom_field_value (tenant_id, field_id, text_value);
CREATE INDEX ix_custom_field_value_number ON custom_field_value (tenant_id, field_id, number_value);
CREATE INDEX ix_custom_field_value_date ON custom_field_value (tenant_id, field_id, date_value);
CREATE INDEX ix_custom_field_value_ref ON custom_field_value (tenant_id, field_id, ref_value);
