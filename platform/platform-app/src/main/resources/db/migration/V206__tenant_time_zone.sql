-- A tenant's own time zone (ADR 0216): plugin cron jobs run on its clock. NULL: the platform's
-- (TRADEWIND_BUSINESS_ZONE). Platform-level table, so no tenant_id rule applies.
ALTER TABLE tenant ADD COLUMN time_zone VARCHAR(64);
