-- Platform-level tables: tenants and their plans, cluster locks, token signing keys.
-- These are not tenant-owned: only platform code and platform-operator endpoints write them.

CREATE TABLE plan (
  code        VARCHAR(40) NOT NULL,
  max_users   INT,
  trial_days  INT,
  sort_order  INT         NOT NULL,
  PRIMARY KEY (code)
);

INSERT INTO plan (code, max_users, trial_days, sort_order) VALUES ('trial', 5, 30, 1);
INSERT INTO plan (code, max_users, trial_days, sort_order) VALUES ('team', 25, NULL, 2);
INSERT INTO plan (code, max_users, trial_days, sort_order) VALUES ('business', 200, NULL, 3);
INSERT INTO plan (code, max_users, trial_days, sort_order) VALUES ('enterprise', NULL, NULL, 4);

CREATE TABLE tenant (
  id             BIGINT       NOT NULL,
  code           VARCHAR(40)  NOT NULL,
  name           VARCHAR(200) NOT NULL,
  plan_code      VARCHAR(40)  NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  status_reason  VARCHAR(500),
  trial_ends_at  DATETIME(6),
  founder_email  VARCHAR(254),
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_tenant_code UNIQUE (code),
  CONSTRAINT uk_tenant_founder_email UNIQUE (founder_email)
);
CREATE INDEX ix_tenant_created ON tenant (created_at);

-- The platform's own tenant holds the platform operators.
INSERT INTO tenant (id, code, name, plan_code, status, created_at, updated_at, version)
VALUES (1, 'platform', 'Tradewind', 'enterprise', 'ACTIVE', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1);

CREATE TABLE job_lock (
  name          VARCHAR(100) NOT NULL,
  owner         VARCHAR(100),
  locked_until  DATETIME(6),
  PRIMARY KEY (name)
);

CREATE TABLE signing_key (
  kid          VARCHAR(64)  NOT NULL,
  algorithm    VARCHAR(16)  NOT NULL,
  public_jwk   LONGTEXT     NOT NULL,
  private_key  LONGTEXT     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  retired_at   DATETIME(6),
  PRIMARY KEY (kid)
);
