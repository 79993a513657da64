-- Which plugins each plan may enable (platform table; '*' = every plugin in the catalog).
-- Trial tenants may try everything; the team plan gets only the plugins listed for it (none yet:
-- the operator adds rows as first-party plugins ship); business and enterprise get all.

CREATE TABLE plan_plugin (
  plan_code  VARCHAR(40)  NOT NULL,
  plugin_id  VARCHAR(64)  NOT NULL,
  PRIMARY KEY (plan_code, plugin_id)
);
INSERT INTO plan_plugin (plan_code, plugin_id) VALUES ('trial', '*');
INSERT INTO plan_plugin (plan_code, plugin_id) VALUES ('business', '*');
INSERT INTO plan_plugin (plan_code, plugin_id) VALUES ('enterprise', '*');
