-- The figures of a fiscal half that is over, kept (issue 17: one agency's half-year report at 3 M tickets within 1 s).
-- Once a half has ended, every day of it is folded and none has unsettled tickets, nothing can change its survey
-- tallies (a response belongs to the period it was answered in), its queue figures (the fold writes no day twice once
-- settled) or its comments; the data retention purge clears personal data only and keeps every counted row. Computing
-- them from the tallies took 3-6 s per request for a large agency (bench/RESULTS.md), so report/aggregate/KeptHalves
-- computes them once (its cron, servicepoint.report.kept-halves-cron, after the fold) and the report of that half
-- reads them here: the survey tallies with every breakdown, the queue figures with the calls out of order, the survey
-- comments, as their records in JSON (figures: json, not jsonb,
-- whose objects would lose the order of their keys, the questionnaire's order of the wording). A row is one scope: the agency (service_point_id null) or one of its
-- service points. Names (services, counters, clerks, divisions) are kept as they were when the half was kept; the
-- questionnaire wording too. Complaints and measures are never kept: they change after the half, and are read live.
create table kept_half_report (
    agency_id        bigint      not null default servicepoint_agency() references agency (id),
    first_day        date        not null,
    end_day          date        not null,
    service_point_id bigint references service_point (id),
    kept_at          timestamptz not null,
    figures          json        not null,
    check (end_day > first_day)
);

-- one row per scope: the agency's own has no service point
create unique index kept_half_report_scope on kept_half_report (agency_id, first_day, end_day,
    coalesce(service_point_id, 0));

-- held like every table with agency_id (V20, V24, V25)
alter table kept_half_report enable row level security;
create policy agency_isolation on kept_half_report
    using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
    with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()));
