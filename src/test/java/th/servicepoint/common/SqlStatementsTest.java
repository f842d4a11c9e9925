package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The includes that let the survey statements share their pieces: each piece in place once, in order, and no comment
 * line left whose parameter names the application would be asked to bind.
 */
class SqlStatementsTest {

    @Test
    void includesPiecesInPlaceAndDropsComments() {
        String fromAnswers = SqlStatements.load("report/sql/survey-tallies-from-answers.sql");

        assertTrue(fromAnswers.startsWith("with\nresponse as not materialized ("), fromAnswers);
        assertEquals(1, fromAnswers.split("response as not materialized", -1).length - 1);
        assertTrue(fromAnswers.indexOf("), cell as (") < fromAnswers.indexOf(", rolled as ("), fromAnswers);
        assertFalse(fromAnswers.lines().anyMatch(line -> line.stripLeading().startsWith("--")), fromAnswers);
    }

    @Test
    void theStatementsForWholeMonthsAndOtherRangesDifferOnlyInTheirCells() {
        String fromMonths = SqlStatements.load("report/sql/survey-tallies-from-months.sql");
        String fromAnswers = SqlStatements.load("report/sql/survey-tallies-from-answers.sql");
        String rollUp = SqlStatements.load("report/sql/survey-tallies-of-cells.sql");

        assertTrue(fromMonths.endsWith(rollUp) && fromAnswers.endsWith(rollUp));
        assertTrue(fromMonths.contains("from survey_month_answer") && !fromMonths.contains("from survey_answer"));
        assertTrue(fromAnswers.contains("join survey_answer") && !fromAnswers.contains("survey_month_answer"));
    }
}
