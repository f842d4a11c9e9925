-- The daily queue tallies (V21) belong to agencies like the tickets they count (issue 17): each row takes its service
-- point's agency by the trigger of V20 and is held by the same row-level security policy, so an agency's report reads
-- its own tallies only, and the peer benchmarks and roll-ups (report/peers) read across agencies only where they run
-- in the installation's scope and hand out aggregates. The fold (queue/QueueDayFold) runs in the installation's scope
-- and folds every agency's days in one statement.
do $tables$
declare
    t text;
begin
    foreach t in array array['queue_day_tally', 'queue_day_minutes', 'queue_fold'] loop
        -- a constant default fills the existing rows (all the home agency's before V20's agencies existed) without
        -- rewriting the table; then the service point's agency, whatever the scope
        execute format('alter table %I add column agency_id bigint not null default 1 references agency (id)', t);
        execute format('update %I x set agency_id = p.agency_id from service_point p '
            'where p.id = x.service_point_id and x.agency_id <> p.agency_id', t);
        execute format('alter table %I alter column agency_id set default servicepoint_agency()', t);
        execute format('create trigger %I before insert on %I for each row '
            'execute function agency_of_parent(%L, %L)', t || '_agency', t, 'service_point', 'service_point_id');
        execute format('alter table %I enable row level security', t);
        execute format($p$create policy agency_isolation on %I
            using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
            with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, t);
    end loop;
end
$tables$;

-- the roll-ups group the tallies by agency and day
create index queue_day_tally_agency on queue_day_tally (agency_id, day);
create index queue_day_minutes_agency on queue_day_minutes (agency_id, day);

-- the roll-ups read an agency's month tallies of the survey by agency (the key leads with the month)
create index survey_month_answer_agency on survey_month_answer (agency_id, month);
