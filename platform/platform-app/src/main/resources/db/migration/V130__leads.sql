-- Leads (线索), the inquiry log, assignment rules, hand-overs, web-to-lead forms and imports.

CREATE TABLE lead (
  tenant_id           BIGINT        NOT NULL,
  id                  BIGINT        NOT NULL,
  name                VARCHAR(100)  NOT NULL,
  company_name        VARCHAR(200),
  phone               VARCHAR(40),
  email               VARCHAR(254),
  source              VARCHAR(30)   NOT NULL,
  source_detail       VARCHAR(100),
  status              VARCHAR(20)   NOT NULL,
  owner_id            BIGINT,
  region_code         VARCHAR(20),
  product_line        VARCHAR(100),
  notes               VARCHAR(2000),
  phone_key           VARCHAR(40),
  email_key           VARCHAR(254),
  company_key         VARCHAR(200),
  assigned_at         DATETIME(6),
  assignment_rule_id  BIGINT,
  created_by_id       BIGINT,
  import_id           BIGINT,
  form_id             BIGINT,
  converted_at        DATETIME(6),
  customer_id         BIGINT,
  contact_id          BIGINT,
  opportunity_id      BIGINT,
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  version             BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_owner_status ON lead (tenant_id, owner_id, status);
CREATE INDEX ix_lead_created ON lead (tenant_id, created_at);
CREATE INDEX ix_lead_phone_key ON lead (tenant_id, phone_key);
CREATE INDEX ix_lead_email_key ON lead (tenant_id, email_key);
CREATE INDEX ix_lead_company_key ON lead (tenant_id, company_key);

-- 客户咨询记录本: every inbound contact, logged the same day, with who logged it.
CREATE TABLE lead_inquiry (
  tenant_id         BIGINT        NOT NULL,
  id                BIGINT        NOT NULL,
  lead_id           BIGINT        NOT NULL,
  channel           VARCHAR(30)   NOT NULL,
  summary           VARCHAR(2000) NOT NULL,
  occurred_at       DATETIME(6)   NOT NULL,
  recorded_at       DATETIME(6)   NOT NULL,
  recorded_by_id    BIGINT,
  recorded_by_name  VARCHAR(100)  NOT NULL,
  late              BOOLEAN       NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_inquiry_lead ON lead_inquiry (tenant_id, lead_id, occurred_at);
CREATE INDEX ix_lead_inquiry_recorded ON lead_inquiry (tenant_id, recorded_at);

CREATE TABLE lead_assignment_rule (
  tenant_id      BIGINT        NOT NULL,
  id             BIGINT        NOT NULL,
  name           VARCHAR(100)  NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  priority       INT           NOT NULL,
  enabled        BOOLEAN       NOT NULL,
  match_value    VARCHAR(100),
  department_id  BIGINT,
  user_ids       VARCHAR(2000) NOT NULL,
  last_user_id   BIGINT,
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_assignment_rule_priority ON lead_assignment_rule (tenant_id, priority);

-- 客户信息移交表: an assistant hands a batch of leads to a sales head; feedback is due next working day.
CREATE TABLE lead_handover (
  tenant_id     BIGINT        NOT NULL,
  id            BIGINT        NOT NULL,
  from_user_id  BIGINT        NOT NULL,
  to_user_id    BIGINT        NOT NULL,
  note          VARCHAR(1000),
  due_at        DATETIME(6)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_handover_to ON lead_handover (tenant_id, to_user_id, due_at);
CREATE INDEX ix_lead_handover_from ON lead_handover (tenant_id, from_user_id);

CREATE TABLE lead_handover_item (
  tenant_id       BIGINT        NOT NULL,
  id              BIGINT        NOT NULL,
  handover_id     BIGINT        NOT NULL,
  lead_id         BIGINT        NOT NULL,
  to_user_id      BIGINT        NOT NULL,
  due_at          DATETIME(6)   NOT NULL,
  outcome         VARCHAR(20),
  feedback        VARCHAR(2000),
  feedback_at     DATETIME(6),
  feedback_by_id  BIGINT,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_handover_item_handover ON lead_handover_item (tenant_id, handover_id);
CREATE INDEX ix_lead_handover_item_due ON lead_handover_item (tenant_id, to_user_id, feedback_at, due_at);
CREATE INDEX ix_lead_handover_item_lead ON lead_handover_item (tenant_id, lead_id);

-- Web-to-lead forms. The public endpoint knows only the form key, so the key is looked up across tenants.
CREATE TABLE lead_form (
  tenant_id         BIGINT        NOT NULL,
  id                BIGINT        NOT NULL,
  name              VARCHAR(100)  NOT NULL,
  form_key          VARCHAR(40)   NOT NULL,
  secret            VARCHAR(100)  NOT NULL,
  source            VARCHAR(30)   NOT NULL,
  enabled           BOOLEAN       NOT NULL,
  rate_per_minute   INT           NOT NULL,
  min_fill_seconds  INT           NOT NULL,
  owner_id          BIGINT,
  submissions       BIGINT        NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE lead_form_key (
  form_key   VARCHAR(40)  NOT NULL,
  tenant_id  BIGINT       NOT NULL,
  form_id    BIGINT       NOT NULL,
  PRIMARY KEY (form_key)
);

CREATE TABLE lead_import (
  tenant_id         BIGINT        NOT NULL,
  id                BIGINT        NOT NULL,
  file_name         VARCHAR(255)  NOT NULL,
  format            VARCHAR(10)   NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  duplicate_policy  VARCHAR(10)   NOT NULL,
  mapping           LONGTEXT,
  processed         BIGINT        NOT NULL,
  created_count     BIGINT        NOT NULL,
  merged_count      BIGINT        NOT NULL,
  skipped_count     BIGINT        NOT NULL,
  failed_count      BIGINT        NOT NULL,
  error_message     VARCHAR(1000),
  created_by_id     BIGINT,
  started_at        DATETIME(6),
  finished_at       DATETIME(6),
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_import_created ON lead_import (tenant_id, created_at);

CREATE TABLE lead_import_error (
  tenant_id   BIGINT        NOT NULL,
  id          BIGINT        NOT NULL,
  import_id   BIGINT        NOT NULL,
  row_no      BIGINT        NOT NULL,
  field       VARCHAR(60),
  value_text  VARCHAR(500),
  message     VARCHAR(500)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_lead_import_error_import ON lead_import_error (tenant_id, import_id, row_no);
