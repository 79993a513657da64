-- Breaks the rules twice: a table outside p_badtables_test_, and a key not led by tenant_id.
CREATE TABLE stolen_users (tenant_id BIGINT NOT NULL, id BIGINT NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE p_badtables_test_thing (id BIGINT NOT NULL, tenant_id BIGINT NOT NULL, PRIMARY KEY (id));
