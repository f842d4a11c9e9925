package th.servicepoint.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Draws the executive report in one format other than JSON (which is the API's own). A renderer is a CDI bean;
 * {@link ReportResource} finds it by {@link #format()} and answers 406 for a format no bean renders yet.
 */
public interface ReportRenderer {

    ReportFormat format();

    /** Writes the whole report; called after the data is read, outside any transaction. */
    void render(ExecutiveReport report, OutputStream out) throws IOException;
}
