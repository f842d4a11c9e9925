-- The survey comments of the executive report (survey/SurveyStatistics.comments): how many, and the latest :listed.
-- Parameters: those of survey-responses.sql, :listed (how many are listed).
with
-- include: survey-responses.sql
select r.answered_at, r.mode, sp.code service_point_code, k.number counter_number, s.name_th, s.name_en,
    r.comment, count(*) over () comments
from response r
left join counter k on k.id = r.counter_id
left join service s on s.id = r.service_id
left join service_point sp on sp.id = r.service_point_id
where r.comment is not null
order by r.answered_at desc, r.id desc
limit :listed
