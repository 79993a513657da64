-- Users, roles and departments. Tenant-owned: tenant_id leads every key and index.

CREATE TABLE app_user (
  tenant_id      BIGINT        NOT NULL,
  id             BIGINT        NOT NULL,
  email          VARCHAR(254)  NOT NULL,
  name           VARCHAR(100)  NOT NULL,
  password_hash  VARCHAR(500),
  status         VARCHAR(20)   NOT NULL,
  role_codes     VARCHAR(1000) NOT NULL,
  department_id  BIGINT,
  locale         VARCHAR(10),
  phone          VARCHAR(40),
  failed_logins  INT           NOT NULL,
  locked_until   DATETIME(6),
  last_login_at  DATETIME(6),
  external_id    VARCHAR(100),
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_app_user_email UNIQUE (tenant_id, email)
);
CREATE INDEX ix_app_user_department ON app_user (tenant_id, department_id);
CREATE INDEX ix_app_user_name ON app_user (tenant_id, name);

-- Which tenants an e-mail address can sign in to: the one lookup that must cross tenants.
CREATE TABLE login_directory (
  email      VARCHAR(254) NOT NULL,
  tenant_id  BIGINT       NOT NULL,
  user_id    BIGINT       NOT NULL,
  PRIMARY KEY (email, tenant_id)
);

CREATE TABLE role (
  tenant_id    BIGINT        NOT NULL,
  id           BIGINT        NOT NULL,
  code         VARCHAR(60)   NOT NULL,
  name         VARCHAR(100)  NOT NULL,
  description  VARCHAR(500),
  permissions  VARCHAR(4000) NOT NULL,
  data_scope   VARCHAR(30)   NOT NULL,
  builtin      BOOLEAN       NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_role_code UNIQUE (tenant_id, code)
);

CREATE TABLE department (
  tenant_id   BIGINT        NOT NULL,
  id          BIGINT        NOT NULL,
  parent_id   BIGINT,
  name        VARCHAR(100)  NOT NULL,
  path        VARCHAR(500)  NOT NULL,
  manager_id  BIGINT,
  sort_order  INT           NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_department_parent ON department (tenant_id, parent_id);
CREATE INDEX ix_department_path ON department (tenant_id, path);

CREATE TABLE refresh_token (
  tenant_id   BIGINT       NOT NULL,
  token_hash  VARCHAR(64)  NOT NULL,
  user_id     BIGINT       NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  revoked_at  DATETIME(6),
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, token_hash)
);
CREATE INDEX ix_refresh_token_user ON refresh_token (tenant_id, user_id);

-- One-time tokens for invitations and password resets.
CREATE TABLE user_token (
  tenant_id   BIGINT       NOT NULL,
  token_hash  VARCHAR(64)  NOT NULL,
  user_id     BIGINT       NOT NULL,
  purpose     VARCHAR(20)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6),
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, token_hash)
);
CREATE INDEX ix_user_token_user ON user_token (tenant_id, user_id);
