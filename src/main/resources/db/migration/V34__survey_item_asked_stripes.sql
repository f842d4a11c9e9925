-- The rotation's counts (V18) were one row per agency, half-year and item: every completion in an agency raised the
-- same few rows, so under a morning peak every clerk's transaction queued on them and held its connection meanwhile
-- (bench/RESULTS.md, the companion's benchmark). Each mint now raises the rows of one of 16 stripes, drawn at random;
-- an item's count is the sum over its stripes, the same number as before.
alter table survey_item_asked add column stripe smallint not null default 0 check (stripe between 0 and 15);
alter table survey_item_asked drop constraint survey_item_asked_pkey;
alter table survey_item_asked add primary key (agency_id, half_start, item_code, stripe);
