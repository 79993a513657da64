-- Customers (客户), their contacts (联系人) and the tenant's account settings (grading and pool rules).
-- owner_id NULL means the customer is in the shared pool (公海).

CREATE TABLE customer (
  tenant_id          BIGINT        NOT NULL,
  id                 BIGINT        NOT NULL,
  name               VARCHAR(200)  NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  grade              VARCHAR(1),
  grade_reason       VARCHAR(500),
  graded_at          DATETIME(6),
  region_code        VARCHAR(12),
  industry           VARCHAR(100),
  company_size       INT,
  years_in_business  INT,
  team_size          INT,
  needs              VARCHAR(2000),
  phone              VARCHAR(40),
  email              VARCHAR(254),
  address            VARCHAR(300),
  source             VARCHAR(40),
  customer_group     VARCHAR(40),
  channel            VARCHAR(40),
  tags               VARCHAR(1000) NOT NULL,
  member_ids         VARCHAR(1000) NOT NULL,
  owner_id           BIGINT,
  owned_since        DATETIME(6),
  previous_owner_id  BIGINT,
  pooled_at          DATETIME(6),
  pool_reason        VARCHAR(40),
  last_follow_up_at  DATETIME(6),
  closed_at          DATETIME(6),
  last_purchase_at   DATETIME(6),
  purchase_count     INT           NOT NULL,
  purchase_amount    DECIMAL(18,2) NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_customer_owner ON customer (tenant_id, owner_id, updated_at);
CREATE INDEX ix_customer_name ON customer (tenant_id, name);
CREATE INDEX ix_customer_grade ON customer (tenant_id, grade);
CREATE INDEX ix_customer_region ON customer (tenant_id, region_code);
CREATE INDEX ix_customer_created ON customer (tenant_id, created_at);

CREATE TABLE contact (
  tenant_id    BIGINT        NOT NULL,
  id           BIGINT        NOT NULL,
  customer_id  BIGINT,
  owner_id     BIGINT,
  name         VARCHAR(100)  NOT NULL,
  title        VARCHAR(100),
  phone        VARCHAR(40),
  mobile       VARCHAR(40),
  email        VARCHAR(254),
  wechat       VARCHAR(100),
  birthday     DATE,
  care_dates   LONGTEXT,
  primary_contact BOOLEAN     NOT NULL,
  notes        VARCHAR(2000),
  tags         VARCHAR(1000) NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_contact_customer ON contact (tenant_id, customer_id);
CREATE INDEX ix_contact_owner ON contact (tenant_id, owner_id);
CREATE INDEX ix_contact_name ON contact (tenant_id, name);

-- One JSON document per tenant and setting (grading-rules, pool-rules).
CREATE TABLE account_setting (
  tenant_id   BIGINT       NOT NULL,
  id          BIGINT       NOT NULL,
  name        VARCHAR(40)  NOT NULL,
  document    LONGTEXT     NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_account_setting_name UNIQUE (tenant_id, name)
);
