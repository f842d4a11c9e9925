package th.servicepoint.report.render;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.report.aggregate.ExecutiveReport;
import th.servicepoint.report.tables.ReportTables;
import th.servicepoint.report.tables.XlsxExport;
import th.servicepoint.survey.SurveySettings;

/** The executive report as an Excel workbook: every table of {@link ReportTables} a sheet. */
@ApplicationScoped
public class XlsxReportRenderer implements ReportRenderer {

    private final SurveySettings survey;

    XlsxReportRenderer(SurveySettings survey) {
        this.survey = survey;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(ExecutiveReport report, OutputStream out) throws IOException {
        XlsxExport.write(ReportTables.of(report, survey.itaPoints()), out);
    }
}
