-- Products, their categories and price lists (per customer group or channel, with validity).

CREATE TABLE product_category (
  tenant_id   BIGINT       NOT NULL,
  id          BIGINT       NOT NULL,
  name        VARCHAR(100) NOT NULL,
  parent_id   BIGINT,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE product (
  tenant_id    BIGINT        NOT NULL,
  id           BIGINT        NOT NULL,
  code         VARCHAR(60)   NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  category_id  BIGINT,
  unit         VARCHAR(20)   NOT NULL,
  list_price   DECIMAL(18,2) NOT NULL,
  active       BOOLEAN       NOT NULL,
  description  VARCHAR(2000),
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_product_code UNIQUE (tenant_id, code)
);
CREATE INDEX ix_product_category ON product (tenant_id, category_id);

CREATE TABLE price_list (
  tenant_id       BIGINT       NOT NULL,
  id              BIGINT       NOT NULL,
  name            VARCHAR(100) NOT NULL,
  customer_group  VARCHAR(40),
  channel         VARCHAR(40),
  valid_from      DATE         NOT NULL,
  valid_to        DATE,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE price_list_item (
  tenant_id      BIGINT        NOT NULL,
  id             BIGINT        NOT NULL,
  price_list_id  BIGINT        NOT NULL,
  product_id     BIGINT        NOT NULL,
  price          DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT uk_price_list_item UNIQUE (tenant_id, price_list_id, product_id)
);
