-- Team members of a customer (客户协作人, ADR 0137): users besides the owner who may read, or
-- read and edit, it. Data scopes look them up with EXISTS on ix_team_member_user.

CREATE TABLE team_member (
  tenant_id    BIGINT        NOT NULL,
  id           BIGINT        NOT NULL,
  record_type  VARCHAR(20)   NOT NULL,
  record_id    BIGINT        NOT NULL,
  user_id      BIGINT        NOT NULL,
  access       VARCHAR(16)   NOT NULL,
  added_by_id  BIGINT,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ix_team_member_record ON team_member (tenant_id, record_type, record_id, user_id);
CREATE INDEX ix_team_member_user ON team_member (tenant_id, user_id, record_type, record_id);
