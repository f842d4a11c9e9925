-- A piece of the survey statements: the cells the tallies roll up, counted from the answers: per combination of mode,
-- service, counter and clerk, the responses (item code null) and the answers per item, value and points. Parameters:
-- those of survey-responses.sql.
-- include: survey-responses.sql
, combination as (
    select mode, service_id, counter_id, clerk_id, cast(null as varchar) item_code,
        cast(null as varchar) value, cast(null as integer) points, count(*) n
    from response group by mode, service_id, counter_id, clerk_id
), answered as (
    select r.mode, r.service_id, r.counter_id, r.clerk_id, a.item_code, a.value, a.points, count(*) n
    from response r join survey_answer a on a.response_id = r.id
    group by r.mode, r.service_id, r.counter_id, r.clerk_id, a.item_code, a.value, a.points
), cell as (
    select * from combination union all select * from answered
)
