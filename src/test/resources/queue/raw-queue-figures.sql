-- The queue figures straight from the tickets, as the report computed them before the daily tallies (V21): the exact
-- reference QueueDayTalliesTest holds the tallied figures to. Exact percentiles (percentile_cont) over the durations.
-- Parameters: :from, :to (timestamptz), :servicePoint (bigint).
with t as (
    select t.service_id, t.priority, t.status, t.estimated_wait_minutes estimate, st.minutes standard,
        t.called_at is not null was_called,
        case when t.status <> 'CANCELLED' then false else exists (select 1 from audit_entry a
            where a.ticket_id = t.id and a.action = 'EXPIRE') end expired,
        cast(extract(epoch from t.called_at - t.queued_at) as double precision) / 60 wait,
        case when t.status = 'DONE' then cast(extract(epoch from t.finished_at - t.serving_started_at)
            as double precision) / 60 end service_time
    from ticket t
    left join (select service_id, sum(standard_minutes) minutes from service_step group by service_id) st
        on st.service_id = t.service_id
    where t.issued_at >= :from and t.issued_at < :to
        and (cast(:servicePoint as bigint) is null or t.service_point_id = :servicePoint)
), figures as (
    select service_id, grouping(service_id) = 1 total, count(*) issued,
        count(*) filter (where status = 'DONE') served,
        count(*) filter (where status = 'NO_SHOW' or expired and was_called) no_show,
        count(*) filter (where status = 'CANCELLED' and not expired) cancelled,
        count(*) filter (where expired and not was_called) never_called,
        count(*) filter (where status in ('WAITING', 'CALLED', 'SERVING')) still_open,
        count(*) filter (where priority = 'ELDERLY') priority_elderly,
        count(*) filter (where priority = 'DISABLED') priority_disabled,
        count(*) filter (where priority = 'PREGNANT') priority_pregnant,
        count(*) filter (where priority = 'MONK') priority_monk,
        count(wait) wait_n, avg(wait) wait_mean,
        percentile_cont(0.5) within group (order by wait) wait_median,
        percentile_cont(0.9) within group (order by wait) wait_p90,
        count(service_time) service_n, avg(service_time) service_mean,
        percentile_cont(0.5) within group (order by service_time) service_median,
        percentile_cont(0.9) within group (order by service_time) service_p90,
        max(standard) standard,
        count(service_time) filter (where standard is not null) standard_n,
        count(*) filter (where service_time <= standard) within_standard,
        avg(abs(estimate - wait)) estimate_mae,
        avg(case when abs(estimate - wait) <= 5 then 100.0 when wait is not null then 0 end) estimate_within,
        avg(estimate - wait) estimate_signed
    from t group by grouping sets ((service_id), ())
)
select f.*, (select count(*) from audit_entry a where a.action = 'CALL_OUT_OF_ORDER'
        and a.at >= :from and a.at < :to and a.service_point_id = :servicePoint) calls_out_of_order, p.code service_point_code, cast(s.prefix as varchar) prefix, s.name_th, s.name_en
from figures f
left join service s on s.id = f.service_id
left join service_point p on p.id = s.service_point_id
order by f.total desc, p.code, s.prefix
