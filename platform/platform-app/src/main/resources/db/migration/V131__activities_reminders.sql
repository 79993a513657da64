-- Follow-ups (跟进记录 / 洽谈记录) and reminders (next steps, customer care dates).

CREATE TABLE activity (
  tenant_id         BIGINT        NOT NULL,
  id                BIGINT        NOT NULL,
  type              VARCHAR(20)   NOT NULL,
  subject           VARCHAR(200)  NOT NULL,
  notes             VARCHAR(4000),
  occurred_at       DATETIME(6)   NOT NULL,
  duration_minutes  INT,
  owner_id          BIGINT        NOT NULL,
  lead_id           BIGINT,
  customer_id       BIGINT,
  contact_id        BIGINT,
  opportunity_id    BIGINT,
  materials         VARCHAR(2000),
  next_step         VARCHAR(500),
  next_step_due_at  DATETIME(6),
  next_step_done    BOOLEAN       NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_activity_owner_due ON activity (tenant_id, owner_id, next_step_done, next_step_due_at);
CREATE INDEX ix_activity_occurred ON activity (tenant_id, occurred_at);
CREATE INDEX ix_activity_lead ON activity (tenant_id, lead_id);
CREATE INDEX ix_activity_customer ON activity (tenant_id, customer_id, occurred_at);
CREATE INDEX ix_activity_contact ON activity (tenant_id, contact_id);
CREATE INDEX ix_activity_opportunity ON activity (tenant_id, opportunity_id);

CREATE TABLE reminder (
  tenant_id     BIGINT        NOT NULL,
  id            BIGINT        NOT NULL,
  user_id       BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  detail        VARCHAR(1000),
  due_at        DATETIME(6)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  delivered_at  DATETIME(6),
  subject_type  VARCHAR(30),
  subject_id    BIGINT,
  dedupe_key    VARCHAR(120),
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_reminder_dedupe UNIQUE (tenant_id, dedupe_key)
);
CREATE INDEX ix_reminder_due ON reminder (tenant_id, status, due_at);
CREATE INDEX ix_reminder_user ON reminder (tenant_id, user_id, status, due_at);
CREATE INDEX ix_reminder_subject ON reminder (tenant_id, subject_type, subject_id);
