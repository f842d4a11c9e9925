-- Data retention (PDPA, see deploy/README.md): the nightly purge (servicepoint.retention) clears what ties a record to
-- a person once it is no longer needed, and keeps the rows the reports count. A ticket's tracking token and its survey
-- invitation's token become NULL some time after the ticket's business day; a closed complaint's contact becomes NULL
-- some time after it was closed, and contact_removed_at tells staff it was removed rather than never given.

alter table ticket alter column tracking_token drop not null;
alter table survey_invitation alter column token drop not null;
alter table complaint add column contact_removed_at timestamptz;

-- No index for the purge: the unique indexes on the tokens already find the rows that still have one (`token is not
-- null` is an index condition, and after the first run those are only the last weeks' rows). Measured on the 2-core
-- development machine: a nightly batch over 600,000 tickets with 15,000 tokens left took 20-90 ms, and a first run
-- clearing 3 million old tokens took 46 s in 299 batches. A partial index on business_day was not chosen by the
-- planner and would have cost every ticket issued one more index insert. Complaints are few enough to scan.
