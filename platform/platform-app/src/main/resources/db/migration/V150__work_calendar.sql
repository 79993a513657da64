-- The tenant's working-day calendar: its own public holidays, make-up working days (调休) and
-- care dates, over the reference schedule shipped in calendar/cn-holidays.csv (ADR 0135).

CREATE TABLE calendar_day (
  tenant_id      BIGINT        NOT NULL,
  id             BIGINT        NOT NULL,
  calendar_date  DATE          NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  name           VARCHAR(60),
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ix_calendar_day_date ON calendar_day (tenant_id, calendar_date);
