-- Month histograms of the queue (issue 17: one agency's half-year report at 3 M tickets within 1 s). The daily
-- histograms (V21) hold a service's waits and service times per day and minute: a busy service has a row for most
-- minutes up to an hour every day, so a half-year report grouped over a million of them. A month of a service has
-- the same minutes once.
--
-- A month of a service point is closed once every one of its days is folded and settled (queue_day_tally.unsettled
-- = 0 on all of them): its days' rows can no longer change, as the fold only writes days after folded_through and
-- days with unsettled tickets. report/sql/queue-month-fold.sql closes months right after each day fold, in the same
-- transaction (queue/QueueDayFold), summing the days' histograms; queue_month_fold marks the closed months, and the
-- report (queue-figures.sql) reads a marked month wholly inside its period from queue_month_minutes and every other
-- day from the daily rows, so the figures are the same either way.
create table queue_month_minutes (
    month            date       not null,
    service_point_id bigint     not null references service_point (id),
    service_id       bigint     not null references service (id),
    measure          varchar(7) not null check (measure in ('WAIT', 'SERVICE')),
    minute           smallint   not null,
    tickets          bigint     not null,
    check (month = date_trunc('month', month))
);

create index queue_month_minutes_month on queue_month_minutes (service_point_id, month);

create table queue_month_fold (
    service_point_id bigint not null references service_point (id),
    month            date   not null,
    primary key (service_point_id, month)
);

-- owned by agencies like the daily tallies (V24): the service point's agency by trigger, the same policy
do $tables$
declare
    t text;
begin
    foreach t in array array['queue_month_minutes', 'queue_month_fold'] loop
        execute format('alter table %I add column agency_id bigint not null default servicepoint_agency() '
            'references agency (id)', t);
        execute format('create trigger %I before insert on %I for each row '
            'execute function agency_of_parent(%L, %L)', t || '_agency', t, 'service_point', 'service_point_id');
        execute format('alter table %I enable row level security', t);
        execute format($p$create policy agency_isolation on %I
            using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
            with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, t);
    end loop;
end
$tables$;
