-- The bare SQL floor of the executive report benchmark (bench/report.sh): the aggregates the agency's half-year
-- report needs, as plain statements through psql, nothing loaded into Java, no JSON.
--
--   psql -v from='2025-10-01 00:00+07' -v to='2026-04-01 00:00+07' -f bench/report-aggregates.sql <db>
--
-- 1 and 2 are the statements of queue/QueueStatistics (FIGURES and OUT_OF_ORDER) for the whole agency (service point
-- null): keep them in step with that class, as bench/issue.pgbench is kept with the issuing SQL. 3 is the
-- statement of survey/SurveyStatistics (TALLIES), the same way. 4 is complaint/ComplaintStatistics.counts.

-- as the report's transaction does (report/ExecutiveReports)
set work_mem = '64MB';

-- 1. queue figures per service and in total
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
    where t.issued_at >= :'from' and t.issued_at < :'to'
), figures as (
    select service_id, grouping(service_id) = 1 total, count(*) issued,
        count(*) filter (where status = 'DONE') served,
        count(*) filter (where status = 'NO_SHOW' or expired and was_called) no_show,
        count(*) filter (where status = 'CANCELLED' and not expired) cancelled,
        count(*) filter (where expired and not was_called) never_called,
        count(*) filter (where status in ('WAITING', 'CALLED', 'SERVING')) still_open,
        count(*) filter (where priority = 'ELDERLY'), count(*) filter (where priority = 'DISABLED'),
        count(*) filter (where priority = 'PREGNANT'), count(*) filter (where priority = 'MONK'),
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
select f.*, p.code, cast(s.prefix as varchar) prefix, s.name_th, s.name_en
from figures f
left join service s on s.id = f.service_id
left join service_point p on p.id = s.service_point_id
order by f.total desc, p.code, s.prefix;

-- 2. calls out of order: how many, and the latest 200
select a.at, p.code, k.number counter_number, t.number ticket_number, a.reason, count(*) over () calls
from audit_entry a
join service_point p on p.id = a.service_point_id
join ticket t on t.id = a.ticket_id
left join counter k on k.id = a.counter_id
where a.action = 'CALL_OUT_OF_ORDER' and a.at >= :'from' and a.at < :'to'
order by a.at desc, a.id desc
limit 200;

-- 3. the survey tallies of survey/SurveyStatistics (TALLIES) for the whole agency, as the report counts a period of
-- whole months: from the month tallies (V13), rolled up in total and per service, counter, division, clerk and mode
with combination as (
    select mode, service_id, counter_id, clerk_id, cast(null as varchar) item_code,
        cast(null as varchar) value, cast(null as integer) points, sum(responses) n
    from survey_month_response
    where month >= date '2025-10-01' and month < date '2026-04-01'
    group by mode, service_id, counter_id, clerk_id
), answered as (
    select mode, service_id, counter_id, clerk_id, item_code, value, points, sum(answers) n
    from survey_month_answer
    where month >= date '2025-10-01' and month < date '2026-04-01'
    group by mode, service_id, counter_id, clerk_id, item_code, value, points
), cell as (
    select * from combination union all select * from answered
), rolled as (
    select case when grouping(c.service_id) = 0 then 'SERVICE' when grouping(c.counter_id) = 0 then 'COUNTER'
            when grouping(s.division_id) = 0 then 'DIVISION' when grouping(c.clerk_id) = 0 then 'CLERK'
            when grouping(c.mode) = 0 then 'MODE' end breakdown,
        coalesce(c.service_id, c.counter_id, s.division_id, c.clerk_id) id, c.mode,
        c.item_code, c.value, c.points, sum(c.n) n
    from cell c left join service s on s.id = c.service_id
    group by grouping sets ((c.item_code, c.value, c.points),
        (c.service_id, c.item_code, c.value, c.points), (c.counter_id, c.item_code, c.value, c.points),
        (s.division_id, c.item_code, c.value, c.points), (c.clerk_id, c.item_code, c.value, c.points),
        (c.mode, c.item_code, c.value, c.points))
)
select x.breakdown,
    case x.breakdown when 'SERVICE' then cast(s.prefix as varchar) when 'COUNTER' then cast(k.number as varchar)
        when 'DIVISION' then d.code when 'CLERK' then u.username else x.mode end group_key,
    coalesce(ssp.code, ksp.code) service_point_code,
    coalesce(s.name_th, k.name, d.name_th, u.display_name) name_th,
    coalesce(s.name_en, 'Counter ' || k.number, d.name_en, u.display_name) name_en,
    x.item_code, x.value, x.points, x.n
from rolled x
left join service s on x.breakdown = 'SERVICE' and s.id = x.id
left join service_point ssp on ssp.id = s.service_point_id
left join counter k on x.breakdown = 'COUNTER' and k.id = x.id
left join service_point ksp on ksp.id = k.service_point_id
left join division d on x.breakdown = 'DIVISION' and d.id = x.id
left join app_user u on x.breakdown = 'CLERK' and u.id = x.id
order by x.breakdown nulls first, service_point_code, s.prefix, k.number, d.code, u.display_name, u.username,
    x.mode, x.item_code nulls first, x.value, x.points;

-- 4. complaints per category and status
select c.category, c.status, count(*) from complaint c
where c.created_at >= :'from' and c.created_at < :'to'
group by c.category, c.status;
