package th.servicepoint.common;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long personal data is kept (PDPA) and when the nightly purge (retention/DataRetention) removes it; defaults in
 * application.properties. What is removed and what is kept: deploy/README.md, "Data retention". A period under a day
 * (or negative, which would clear today's tickets) stops the start.
 */
@ConfigMapping(prefix = "servicepoint.retention")
public interface RetentionSettings {

    /**
     * How long after a ticket's business day its tracking token (the link and QR on the ticket) and its survey
     * invitation's token are kept; then the link answers 404.
     */
    @WithDefault("P30D")
    @DurationMin(days = 1)
    Duration ticketTokens();

    /** How long after a complaint is closed its contact is kept; an open complaint keeps its contact however old. */
    @WithDefault("P365D")
    @DurationMin(days = 1)
    Duration complaintContacts();

    /**
     * How long after an appointment's slot its contact (a phone number or e-mail address, for reminders only) is kept;
     * its keyed hash stays, for the booking caps and the no-show rule.
     */
    @WithDefault("P30D")
    @DurationMin(days = 1)
    Duration appointmentContacts();

    /** When the purge runs (Quartz cron, seconds first, Asia/Bangkok); {@code off} disables it. */
    @WithDefault("0 30 1 * * ?")
    String cron();

    /**
     * Rows one transaction clears: a large agency's first purge may clear millions of tokens, in short transactions
     * that neither hold locks for long nor grow one transaction's log.
     */
    @WithDefault("10000")
    @Min(1)
    int batchSize();
}
