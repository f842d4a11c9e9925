-- The survey tallies of the executive report (survey/SurveyStatistics.tallies) counted from the answers, for any
-- other period. bench/report.sh runs the statements through psql as the application loads them. Parameters: those
-- of survey-cells-from-answers.sql.
with
-- include: survey-cells-from-answers.sql
-- include: survey-tallies-of-cells.sql
