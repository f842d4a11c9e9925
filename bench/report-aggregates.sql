-- The bare SQL floor of the executive report benchmark (bench/report.sh): the aggregates the agency's half-year
-- report needs, as plain statements through psql, nothing loaded into Java, no JSON.
--
--   psql -v from='2025-10-01 00:00+07' -v to='2026-04-01 00:00+07' -f bench/report-aggregates.sql <db>
--
-- 1 and 2 are the statements of queue/QueueStatistics (FIGURES and OUT_OF_ORDER) for the whole agency (service point
-- null): keep them in step with that class, as bench/issue.pgbench is kept with the issuing SQL. 3 is the per-item
-- answer tally report/ItemTally is built from (answers, their values and the points they were stored with), the two
-- modes apart, over the responses answered in the period. 4 is complaint/ComplaintStatistics.counts.

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

-- 3. answers per item, value and points, invited and open apart
select r.mode, a.item_code, a.value, a.points, count(*) answers
from survey_answer a
join survey_response r on r.id = a.response_id
where r.answered_at >= :'from' and r.answered_at < :'to'
group by r.mode, a.item_code, a.value, a.points
order by r.mode, a.item_code, a.value;

-- 4. complaints per category and status
select c.category, c.status, count(*) from complaint c
where c.created_at >= :'from' and c.created_at < :'to'
group by c.category, c.status;
