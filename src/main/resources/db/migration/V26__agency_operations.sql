-- Agencies that run on their own (issue 17).
--
-- Each agency's executives get its own half-year report (report/snapshot/HalfYearRun): the addresses live with the
-- agency, set by its administrator or the platform. The application checks each address; the database holds the cap.
-- An empty list: the home agency falls back to servicepoint.report.mail.to, any other agency's reports are kept and
-- published but not mailed.
alter table agency add column report_recipients text[] not null default '{}'
    check (cardinality(report_recipients) <= 20);

-- A deactivated agency is closed everywhere: its public keys (service point codes, ticket, survey and poster tokens,
-- complaint tracking codes) find nothing, as an unknown key does, so every public page and socket of it answers as
-- for a key that never existed. Its staff and device keys are refused at sign-in (security/AppUser, DeviceKeys).
-- Reactivating it opens everything again: nothing is deleted. V20's look-up keeps its work under another name (the
-- agency whatever its state); what servicepoint_enter_scope calls by the old name now also requires it active.
alter function agency_of_public_key(text, text) rename to agency_of_any_public_key;

create function agency_of_public_key(name text, key text) returns bigint language sql stable as $$
    select id from agency where active and id = agency_of_any_public_key(name, key)
$$;
