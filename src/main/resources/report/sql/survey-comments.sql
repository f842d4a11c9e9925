-- The survey comments of the executive report (survey/SurveyStatistics.comments): how many, and the latest :listed.
-- Parameters: those of survey-responses.sql, :listed (how many are listed).
--
-- A whole agency's comments are counted from the commented responses alone (survey_response_commented, V8), and only
-- the listed ones are joined with what they are tied to: joining every comment only to count it took 1.5-2.6 s of the
-- report at a million responses (bench/RESULTS.md). A service point's comments are told apart by those joins, so they
-- are counted in the same pass that lists them. Each branch runs only for its kind of scope.
with
-- include: survey-responses.sql
, listed as (
    (select r.id, r.answered_at, r.mode, r.comment, r.counter_id, r.service_id, r.service_point_id,
        (select count(*) from survey_response c where c.comment is not null and c.answered_at >= :from
            and c.answered_at < :to) comments
    from response r
    where r.comment is not null and cast(:servicePoint as bigint) is null
    order by r.answered_at desc, r.id desc
    limit :listed)
    union all
    (select r.id, r.answered_at, r.mode, r.comment, r.counter_id, r.service_id, r.service_point_id,
        count(*) over () comments
    from response r
    where r.comment is not null and cast(:servicePoint as bigint) is not null
    order by r.answered_at desc, r.id desc
    limit :listed)
)
select l.answered_at, l.mode, sp.code service_point_code, k.number counter_number, s.name_th, s.name_en, l.comment,
    l.comments
from listed l
left join counter k on k.id = l.counter_id
left join service s on s.id = l.service_id
left join service_point sp on sp.id = l.service_point_id
order by l.answered_at desc, l.id desc
