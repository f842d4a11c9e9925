package th.servicepoint.report.render;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.tables.CsvExport;
import th.servicepoint.report.tables.OpenDataTable;
import th.servicepoint.survey.SurveySettings;

/** The executive report as open data: the one tidy table of {@link OpenDataTable}, one row per figure. */
@ApplicationScoped
public class CsvReportRenderer implements ReportRenderer {

    private final SurveySettings survey;

    CsvReportRenderer(SurveySettings survey) {
        this.survey = survey;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void render(ExecutiveReport report, OutputStream out) throws IOException {
        CsvExport.write(OpenDataTable.of(report, survey.itaPoints()), out);
    }
}
