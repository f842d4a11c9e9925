-- Daily queue tallies (issue 17, "Fast at national size"). The half-year report of a large agency grouped three million
-- tickets and took percentiles over them (17-25 s of bare SQL on the 2-core benchmark machine, bench/RESULTS.md); the
-- tallies hold the same counts and sums per business day, service point, service, counter and clerk, and the waits and
-- service times as per-minute histograms, so the report reads a few thousand rows per service point instead.
--
-- Unlike the survey's month tallies (V13), these are not kept by triggers: a ticket changes many times on the day it is
-- issued (called, served, completed), and a trigger on every change would add a contended upsert to issuing and
-- calling. A day is folded once, after it has ended, by queue/QueueDayFold (servicepoint.queue.fold-cron), which also
-- catches up every day it missed; see docs/report-method.md, "Daily queue tallies".
--
-- The day is the calendar day of issued_at in Asia/Bangkok, the zone every report period is cut in. A tally row's
-- counter and clerk are the ticket's last (ticket.counter_id, clerk_id, null for a ticket never called), except
-- calls_out_of_order: the calls out of order made on that day, by the counter and clerk that made them (audit_entry),
-- for tickets of that service. A row's sums are over the tickets counted in the matching _n column.
create table queue_day_tally (
    day                    date             not null,
    service_point_id       bigint           not null references service_point (id),
    service_id             bigint           not null references service (id),
    counter_id             bigint references counter (id),
    clerk_id               bigint references app_user (id),
    issued                 bigint           not null,
    served                 bigint           not null,
    no_show                bigint           not null,
    cancelled              bigint           not null,
    never_called           bigint           not null,
    still_open             bigint           not null,
    -- tickets that could still change (waiting, called, serving or no-show when folded): the report reads such a day
    -- from the tickets themselves, and the next fold folds it again
    unsettled              bigint           not null,
    priority_elderly       bigint           not null,
    priority_disabled      bigint           not null,
    priority_pregnant      bigint           not null,
    priority_monk          bigint           not null,
    -- called tickets: minutes from arrival to the call, and the estimate given at issue minus that wait
    wait_n                 bigint           not null,
    wait_sum               double precision,
    estimate_error_sum     double precision,
    estimate_error_abs_sum double precision,
    estimate_within_five   bigint           not null,
    -- served (DONE) tickets: minutes from the start of service to its completion
    service_n              bigint           not null,
    service_sum            double precision,
    calls_out_of_order     bigint           not null
);

create index queue_day_tally_day on queue_day_tally (service_point_id, day);

-- How many waits (WAIT) and service times (SERVICE) of a day and service fell in each minute: minute m holds the
-- durations in (m - 1, m], minute 0 the durations of exactly 0, and minute 1441 everything over 24 hours. Percentiles
-- come from these (±0.5 minute), and "within the standard time" exactly, as a standard is whole minutes.
create table queue_day_minutes (
    day              date        not null,
    service_point_id bigint      not null references service_point (id),
    service_id       bigint      not null references service (id),
    measure          varchar(7)  not null check (measure in ('WAIT', 'SERVICE')),
    minute           smallint    not null,
    tickets          bigint      not null
);

create index queue_day_minutes_day on queue_day_minutes (service_point_id, day);

-- Every day of the service point up to folded_through is in the tallies (days with unsettled tickets aside).
create table queue_fold (
    service_point_id bigint primary key references service_point (id),
    folded_through   date not null
);
