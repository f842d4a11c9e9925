-- A piece of the survey statements: the cells of survey-cells-from-answers.sql from the month tallies (V13), for a
-- period of whole months. Parameters: :fromMonth, :toMonth (date, first days of months), :servicePoint (bigint, null
-- for the whole agency).
scope_point as (
    -- the service points in scope, so the month rows are found by service point (V29) rather than by row-level
    -- security, which reads every agency's rows of the months (no index serves its policy, docs/scaling.md)
    select id from service_point where cast(:servicePoint as bigint) is null or id = :servicePoint
), combination as (
    select mode, service_id, counter_id, clerk_id, cast(null as varchar) item_code,
        cast(null as varchar) value, cast(null as integer) points, sum(responses) n
    from survey_month_response
    where month >= :fromMonth and month < :toMonth and service_point_id in (select id from scope_point)
    group by mode, service_id, counter_id, clerk_id
), answered as (
    select mode, service_id, counter_id, clerk_id, item_code, value, points, sum(answers) n
    from survey_month_answer
    where month >= :fromMonth and month < :toMonth and service_point_id in (select id from scope_point)
    group by mode, service_id, counter_id, clerk_id, item_code, value, points
), cell as (
    select * from combination union all select * from answered
)
