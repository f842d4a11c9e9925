package th.servicepoint.report.snapshot;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who gets the half-year report by mail; the mail server is quarkus.mailer.*. Defaults in application.properties.
 */
@ConfigMapping(prefix = "servicepoint.report.mail")
public interface ReportMailSettings {

    /** The executives' addresses, comma-separated; none: reports are kept and published but not mailed. */
    Optional<List<String>> to();

    @WithDefault("servicepoint@localhost")
    String from();

    /** Put before the subject, so mail rules can sort the reports. */
    @WithDefault("[Service Point]")
    String subjectPrefix();
}
