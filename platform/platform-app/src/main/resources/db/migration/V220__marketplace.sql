-- The plugin marketplace (issue 6 item 6, ADR 0210): platform tables, not tenant-owned.

-- A vendor: its account is a user of the platform tenant with the plugin-vendor role (user_id).
CREATE TABLE marketplace_vendor (
  id          BIGINT        NOT NULL,
  user_id     BIGINT        NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  email       VARCHAR(320)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_marketplace_vendor_user ON marketplace_vendor (user_id);

-- The public keys a vendor signs its packages with (X.509 SubjectPublicKeyInfo, base64).
CREATE TABLE marketplace_vendor_key (
  id           BIGINT         NOT NULL,
  vendor_id    BIGINT         NOT NULL,
  algorithm    VARCHAR(20)    NOT NULL,
  public_key   VARCHAR(4000)  NOT NULL,
  fingerprint  VARCHAR(64)    NOT NULL,
  created_at   DATETIME(6)    NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_marketplace_vendor_key_vendor ON marketplace_vendor_key (vendor_id);
CREATE UNIQUE INDEX ux_marketplace_vendor_key_fingerprint ON marketplace_vendor_key (fingerprint);

-- Which vendor owns a plugin id: the first upload claims it (the primary key settles races).
CREATE TABLE marketplace_plugin (
  plugin_id   VARCHAR(64)  NOT NULL,
  vendor_id   BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (plugin_id)
);

-- An uploaded version and its review; status pending, approved or rejected.
CREATE TABLE marketplace_version (
  id             BIGINT         NOT NULL,
  plugin_id      VARCHAR(64)    NOT NULL,
  plugin_version VARCHAR(40)    NOT NULL,
  vendor_id      BIGINT         NOT NULL,
  description    VARCHAR(500),
  provider       VARCHAR(200),
  requires       VARCHAR(100),
  sha256         VARCHAR(64)    NOT NULL,
  size_bytes     BIGINT         NOT NULL,
  key_id         BIGINT         NOT NULL,
  status         VARCHAR(20)    NOT NULL,
  review_reason  VARCHAR(1000),
  reviewed_by    BIGINT,
  reviewed_at    DATETIME(6),
  uploaded_at    DATETIME(6)    NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_marketplace_version_plugin ON marketplace_version (plugin_id, plugin_version);
CREATE INDEX ix_marketplace_version_status ON marketplace_version (status, uploaded_at);
CREATE INDEX ix_marketplace_version_vendor ON marketplace_version (vendor_id, uploaded_at);

-- The package itself, apart from its metadata so that listing versions never reads it.
CREATE TABLE marketplace_binary (
  version_id  BIGINT    NOT NULL,
  content     LONGBLOB  NOT NULL,
  PRIMARY KEY (version_id)
);
