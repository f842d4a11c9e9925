-- Indexes for what one agency's or one service point's report reads on an installation of many agencies (issue 17).
-- Row-level security (V20) gives no index to lean on: its policy is an "or" of the caller's reach, which no index
-- serves, so PostgreSQL reads every agency's rows and keeps the caller's unless the statement itself names what it
-- reads by an indexed column (bench/RESULTS.md, National size, evening of 2026-12-07).
--
-- The survey's month tallies of one service point (V13): their unique key begins with the month, so a service point's
-- half-year read every agency's rows of those months (0.15 s each at national size, 1.8 M month rows); a report of a
-- service point, and the keeping of a half's figures for each service point (V28), do that once per service point.
create index survey_month_answer_service_point on survey_month_answer (service_point_id, month);
create index survey_month_response_service_point on survey_month_response (service_point_id, month);

-- The days whose tickets had not all settled when they were folded (V21): few at any time, looked for by the report
-- (queue-figures.sql reads those days from the tickets) and by the keeping of a half (closed once none is left).
create index queue_day_tally_unsettled on queue_day_tally (service_point_id, day) where unsettled > 0;
