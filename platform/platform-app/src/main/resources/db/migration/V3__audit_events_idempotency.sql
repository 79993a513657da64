-- API conventions shared by every capability: the audit log, the transactional outbox of
-- domain events and the record of Idempotency-Key requests.

CREATE TABLE audit_event (
  tenant_id     BIGINT        NOT NULL,
  id            BIGINT        NOT NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  actor_id      BIGINT,
  actor_name    VARCHAR(100),
  action        VARCHAR(60)   NOT NULL,
  entity_type   VARCHAR(60)   NOT NULL,
  entity_id     BIGINT,
  before_state  LONGTEXT,
  after_state   LONGTEXT,
  request_id    VARCHAR(64),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_audit_event_time ON audit_event (tenant_id, occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (tenant_id, entity_type, entity_id);
CREATE INDEX ix_audit_event_actor ON audit_event (tenant_id, actor_id, occurred_at);

CREATE TABLE outbox_event (
  tenant_id       BIGINT        NOT NULL,
  id              BIGINT        NOT NULL,
  aggregate_type  VARCHAR(60)   NOT NULL,
  aggregate_id    BIGINT,
  event_type      VARCHAR(80)   NOT NULL,
  payload         LONGTEXT      NOT NULL,
  occurred_at     DATETIME(6)   NOT NULL,
  published_at    DATETIME(6),
  attempts        INT           NOT NULL,
  last_error      VARCHAR(1000),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_outbox_event_pending ON outbox_event (tenant_id, published_at, id);
CREATE INDEX ix_outbox_event_aggregate ON outbox_event (tenant_id, aggregate_type, aggregate_id);

CREATE TABLE idempotency_record (
  tenant_id          BIGINT        NOT NULL,
  idem_key           VARCHAR(100)  NOT NULL,
  request_hash       VARCHAR(64)   NOT NULL,
  completed          BOOLEAN       NOT NULL,
  response_status    INT,
  response_body      LONGTEXT,
  response_location  VARCHAR(500),
  created_at         DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, idem_key)
);
CREATE INDEX ix_idempotency_record_created ON idempotency_record (tenant_id, created_at);
