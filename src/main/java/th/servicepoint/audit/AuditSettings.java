package th.servicepoint.audit;

import io.smallrye.config.ConfigMapping;

/** The audit chain check; defaults in application.properties. */
@ConfigMapping(prefix = "servicepoint.audit")
public interface AuditSettings {

    /**
     * Seconds the chain check ({@link AuditChain#verify}) may take: it reads the whole trail,
     * millions of rows in a large agency, so the default 60 s of other transactions is too short.
     */
    int verifyTransactionTimeout();
}
