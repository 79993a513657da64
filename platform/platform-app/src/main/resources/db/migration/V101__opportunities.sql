-- Opportunities (商机), the tenant's stages, their product lines and the stage history.

CREATE TABLE opportunity_stage (
  tenant_id        BIGINT        NOT NULL,
  id               BIGINT        NOT NULL,
  name             VARCHAR(60)   NOT NULL,
  kind             VARCHAR(10)   NOT NULL,
  probability      INT           NOT NULL,
  sort_order       INT           NOT NULL,
  entry_checklist  VARCHAR(2000) NOT NULL,
  exit_checklist   VARCHAR(2000) NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_opportunity_stage_order ON opportunity_stage (tenant_id, sort_order);

CREATE TABLE opportunity (
  tenant_id            BIGINT        NOT NULL,
  id                   BIGINT        NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  customer_id          BIGINT        NOT NULL,
  contact_id           BIGINT,
  owner_id             BIGINT        NOT NULL,
  amount               DECIMAL(18,2) NOT NULL,
  expected_close_date  DATE,
  stage_id             BIGINT        NOT NULL,
  status               VARCHAR(10)   NOT NULL,
  probability          INT           NOT NULL,
  stage_entered_at     DATETIME(6)   NOT NULL,
  checked_items        VARCHAR(2000) NOT NULL,
  close_reason         VARCHAR(500),
  closed_at            DATETIME(6),
  source               VARCHAR(40),
  tags                 VARCHAR(1000) NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_opportunity_owner ON opportunity (tenant_id, owner_id, updated_at);
CREATE INDEX ix_opportunity_stage ON opportunity (tenant_id, stage_id);
CREATE INDEX ix_opportunity_customer ON opportunity (tenant_id, customer_id);
CREATE INDEX ix_opportunity_close ON opportunity (tenant_id, expected_close_date);

CREATE TABLE opportunity_line (
  tenant_id       BIGINT        NOT NULL,
  id              BIGINT        NOT NULL,
  opportunity_id  BIGINT        NOT NULL,
  product_id      BIGINT        NOT NULL,
  quantity        DECIMAL(18,3) NOT NULL,
  unit_price      DECIMAL(18,2) NOT NULL,
  price_list_id   BIGINT,
  amount          DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_opportunity_line_opp ON opportunity_line (tenant_id, opportunity_id);

-- Append-only: every stage move with its time, for cycle-time and funnel analytics.
CREATE TABLE opportunity_stage_change (
  tenant_id        BIGINT       NOT NULL,
  id               BIGINT       NOT NULL,
  opportunity_id   BIGINT       NOT NULL,
  from_stage_id    BIGINT,
  to_stage_id      BIGINT       NOT NULL,
  changed_at       DATETIME(6)  NOT NULL,
  changed_by       BIGINT,
  seconds_in_stage BIGINT,
  note             VARCHAR(500),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_opportunity_stage_change_opp ON opportunity_stage_change (tenant_id, opportunity_id, changed_at);
