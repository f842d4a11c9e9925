-- The survey totals of the executive report (survey/SurveyStatistics.totals) counted from the month tallies (V13),
-- for a period of whole months. bench/report.sh runs the statements through psql as the application loads them.
-- Parameters: those of survey-cells-from-months.sql.
with
-- include: survey-cells-from-months.sql
-- include: survey-totals-of-cells.sql
