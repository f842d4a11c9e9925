package th.servicepoint.report.render;

import java.io.IOException;
import java.io.OutputStream;

import th.servicepoint.report.aggregate.ExecutiveReport;

/**
 * Draws the executive report in one format other than JSON (which is the API's own). A renderer is a CDI bean;
 * {@code ReportResource} finds it by {@link #format()} and answers 406 for a format no bean renders
 * yet.
 */
public interface ReportRenderer {

    ReportFormat format();

    /** Writes the whole report; called after the data is read, outside any transaction. */
    void render(ExecutiveReport report, OutputStream out) throws IOException;
}
