-- The customer list's default order (updated_at DESC, id) and the kanban's columns (one stage's deals
-- by amount DESC, id) read their first rows in index order instead of sorting all the tenant's rows
-- (ADR 0126). The id ends both indexes for H2, whose secondary indexes do not carry the primary key;
-- InnoDB's do anyway. The stage-and-amount index starts like ix_opportunity_stage, which it replaces.
CREATE INDEX ix_customer_updated ON customer (tenant_id, updated_at, id);
CREATE INDEX ix_opportunity_stage_amount ON opportunity (tenant_id, stage_id, amount, id);
DROP INDEX ix_opportunity_stage ON opportunity;
