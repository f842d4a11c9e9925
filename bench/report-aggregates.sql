-- The survey and complaint aggregates of the executive report benchmark (bench/report.sh), as plain statements through
-- psql after the application's own queue statements (src/main/resources/report/sql/), nothing loaded into Java, no
-- JSON. bench/report.sh pipes them in with the variables from and to quoted ('2025-10-01 00:00+07').
--
-- 3 is the statement of survey/SurveyStatistics (TALLIES), 4 complaint/ComplaintStatistics.counts: still copies, to
-- keep in step with those classes until they move to resource files as the queue statements did.

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
where c.created_at >= :from and c.created_at < :to
group by c.category, c.status;
