-- The survey tallies of the executive report (survey/SurveyStatistics.tallies) counted from the month tallies
-- (V13), for a period of whole months. bench/report.sh runs the statements through psql as the application loads
-- them. Parameters: those of survey-cells-from-months.sql.
with
-- include: survey-cells-from-months.sql
-- include: survey-tallies-of-cells.sql
