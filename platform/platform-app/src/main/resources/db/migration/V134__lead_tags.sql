-- Tags on leads (issue 5 item 6), stored as the customers', contacts' and opportunities' are: one
-- column holding the set as ",a,b," (StringSetConverter), which the list's tag filter matches with
-- LIKE '%,tag,%'. Like theirs it has no index: a pattern that starts with % cannot use one. Leads that
-- exist already get the empty set.
ALTER TABLE lead ADD COLUMN tags VARCHAR(1000) DEFAULT ',' NOT NULL;
