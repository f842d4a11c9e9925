-- The survey statistics of the executive report (SurveyStatistics) read the responses answered in a period, for one
-- service point or the whole agency; the service point is known only through the invitation or the poster, so the
-- period is what an index can pick.
create index survey_response_answered on survey_response (answered_at);

-- Comments are a few of the responses; the report lists the latest of them and counts them all.
create index survey_response_commented on survey_response (answered_at) where comment is not null;
