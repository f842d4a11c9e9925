-- Each agency's figures of a fiscal period, kept (issue 17, "Fast at national size"). The peer benchmarks and the
-- roll-ups compared agencies by computing every agency's figures from the tallies on each request: 35-43 s for the
-- national roll-up, about a minute for the benchmark of a sub-district administration among 5,300 peers
-- (bench/RESULTS.md, "National size"). report/peers/KeptAgencyFigures computes them once per fold instead (its cron,
-- servicepoint.report.peers.keep-cron) and the answers read these rows; see docs/report-method.md, "Peer benchmarks".
--
-- A row is one agency's figures of the days [first_day, end_day): a fiscal half, or a fiscal year once someone asked
-- for it (custom periods are never kept). folded_through is the latest day of the period the queue tallies held when
-- the row was computed (the agency's queue_fold, capped at the period's last day; null: none of its days yet), so a row
-- older than the tallies is known and computed again; computed_at says when, as the survey and complaint figures are
-- read as they stood then.
create table agency_period_figures (
    agency_id               bigint           not null default servicepoint_agency() references agency (id),
    first_day               date             not null,
    end_day                 date             not null,
    folded_through          date,
    computed_at             timestamptz      not null,
    served                  bigint           not null,
    wait_n                  bigint           not null,
    wait_median             double precision,
    wait_mean               double precision,
    standard_n              bigint           not null,
    within_standard_percent double precision,
    complaints_closed       bigint           not null,
    close_median_days       double precision,
    -- each answered survey item: [{"code": "E2", "n": 40, "score": 93.4}], the score whatever n (the reader hides it
    -- under servicepoint.report.rank-min-answers, so a changed setting holds at once)
    items                   jsonb            not null,
    -- the projected EIT as the report scores it (null score under the minimum answers); no answers: both null
    eit_n                   bigint,
    eit_score               double precision,
    primary key (agency_id, first_day, end_day),
    check (end_day > first_day)
);

-- the job looks for the rows of one period
create index agency_period_figures_period on agency_period_figures (first_day, end_day);

-- held like every table with agency_id (V20, V24): a provincial account's roll-up reads its province's rows only
alter table agency_period_figures enable row level security;
create policy agency_isolation on agency_period_figures
    using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
    with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()));
