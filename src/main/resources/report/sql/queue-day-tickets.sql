-- The tickets issued in `ranges` (service_point_id, day, lo, hi: tickets issued in [lo, hi) count on `day`), tallied as
-- queue_day_tally and queue_day_minutes hold them (V21): day_tally per day, service point, service, counter and clerk,
-- day_minutes per day, service point, service, measure and minute. The one definition of every queue figure: the fold
-- (queue-day-fold.sql) writes these rows for past days, the report (queue-figures.sql) computes them on the fly for
-- the days not folded yet. Included in a `with` list after `ranges`; reads audit_entry (the expiries and the calls out
-- of order, written by queue/).
--
-- The day end cancels what a business day left open (queue/DayEnd, audit action EXPIRE), so by report time a no-show
-- is a cancelled ticket. Such a ticket counts as a no-show when it had been called, as never called when it waited
-- until closing, and only a clerk's or citizen's cancellation counts as cancelled. Wait = called_at - queued_at of
-- called tickets (the last call; queued_at is the arrival, kept on transfer); service time = finished_at -
-- serving_started_at of DONE tickets. Calls out of order count on the day of the call.
day_ticket as (
    select r.day, t.service_point_id, t.service_id, t.counter_id, t.clerk_id, t.priority, t.status,
        t.estimated_wait_minutes estimate, t.called_at is not null was_called,
        case when t.status <> 'CANCELLED' then false else exists (select 1 from audit_entry a
            where a.ticket_id = t.id and a.action = 'EXPIRE') end expired,
        cast(extract(epoch from t.called_at - t.queued_at) as double precision) / 60 wait,
        case when t.status = 'DONE' then cast(extract(epoch from t.finished_at - t.serving_started_at)
            as double precision) / 60 end service_time
    from ranges r
    -- one index range scan (ticket_issued) per range: joined otherwise, the planner, which cannot tell how long the
    -- ranges are, reads every ticket; offset 0 keeps the subquery from being flattened into such a join
    cross join lateral (select * from ticket t where t.service_point_id = r.service_point_id and t.issued_at >= r.lo
        and t.issued_at < r.hi offset 0) t
), day_tally as (
    select day, service_point_id, service_id, counter_id, clerk_id, sum(issued) issued, sum(served) served,
        sum(no_show) no_show, sum(cancelled) cancelled, sum(never_called) never_called, sum(still_open) still_open,
        sum(unsettled) unsettled, sum(priority_elderly) priority_elderly, sum(priority_disabled) priority_disabled,
        sum(priority_pregnant) priority_pregnant, sum(priority_monk) priority_monk, sum(wait_n) wait_n,
        sum(wait_sum) wait_sum, sum(estimate_error_sum) estimate_error_sum,
        sum(estimate_error_abs_sum) estimate_error_abs_sum, sum(estimate_within_five) estimate_within_five,
        sum(service_n) service_n, sum(service_sum) service_sum, sum(calls_out_of_order) calls_out_of_order
    from (
        select day, service_point_id, service_id, counter_id, clerk_id, count(*) issued,
            count(*) filter (where status = 'DONE') served,
            count(*) filter (where status = 'NO_SHOW' or expired and was_called) no_show,
            count(*) filter (where status = 'CANCELLED' and not expired) cancelled,
            count(*) filter (where expired and not was_called) never_called,
            count(*) filter (where status in ('WAITING', 'CALLED', 'SERVING')) still_open,
            count(*) filter (where status in ('WAITING', 'CALLED', 'SERVING', 'NO_SHOW')) unsettled,
            count(*) filter (where priority = 'ELDERLY') priority_elderly,
            count(*) filter (where priority = 'DISABLED') priority_disabled,
            count(*) filter (where priority = 'PREGNANT') priority_pregnant,
            count(*) filter (where priority = 'MONK') priority_monk,
            count(wait) wait_n, sum(wait) wait_sum, sum(estimate - wait) estimate_error_sum,
            sum(abs(estimate - wait)) estimate_error_abs_sum,
            count(*) filter (where abs(estimate - wait) <= 5) estimate_within_five,
            count(service_time) service_n, sum(service_time) service_sum, 0 calls_out_of_order
        from day_ticket group by 1, 2, 3, 4, 5
        union all
        select r.day, a.service_point_id, t.service_id, a.counter_id, a.user_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            null, null, null, 0, 0, null, count(*)
        from ranges r
        cross join lateral (select * from audit_entry a where a.action = 'CALL_OUT_OF_ORDER'
            and a.service_point_id = r.service_point_id and a.at >= r.lo and a.at < r.hi offset 0) a
        join ticket t on t.id = a.ticket_id
        group by 1, 2, 3, 4, 5
    ) tallied
    group by 1, 2, 3, 4, 5
), day_minutes as (
    -- minute m holds the durations in (m - 1, m], 1441 those over 24 hours
    select day, service_point_id, service_id, measure, minute, count(*) tickets
    from (
        select day, service_point_id, service_id, 'WAIT' measure, cast(least(ceil(wait), 1441) as smallint) as minute
        from day_ticket where wait is not null
        union all
        select day, service_point_id, service_id, 'SERVICE', cast(least(ceil(service_time), 1441) as smallint)
        from day_ticket where service_time is not null
    ) durations
    group by 1, 2, 3, 4, 5
)
