package th.servicepoint.survey;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import th.servicepoint.audit.AuditedPurge;

/**
 * Clears the tokens of old survey invitations (data retention), as the queue clears its tickets' tracking tokens:
 * the survey link a citizen kept no longer leads to the invitation, hence to the answer given through it. The
 * invitation row stays, and with it the service, counter and clerk the answer counts for; responses, answers and
 * month tallies are not touched (they never change, V13). Only invitations that can no longer be answered.
 */
@ApplicationScoped
public class InvitationTokenPurge {

    /** Invitations minted on a business day (at their service point) that ended before {@code :before}. */
    private static final String PURGE = """
            with batch as (
                select i.id from survey_invitation i join service_point sp on sp.id = i.service_point_id
                where i.token is not null and i.expires_at <= :now
                  and i.created_at < (date_trunc('day', cast(:before as timestamptz) at time zone sp.time_zone)
                                      at time zone sp.time_zone)
                limit :limit
                for update of i skip locked)
            update survey_invitation i set token = null from batch where i.id = batch.id
            """;

    private final AuditedPurge purge;

    InvitationTokenPurge(AuditedPurge purge) {
        this.purge = purge;
    }

    /**
     * Clears at most {@code limit} tokens of invitations expired by {@code now} and minted on a day that ended before
     * {@code before}, with an audit row in the same transaction; returns how many.
     */
    public int purgeBatch(Instant before, Instant now, int limit) {
        return purge.run(PURGE, Map.of("before", before, "now", now, "limit", limit), "PURGE_SURVEY_TOKENS",
                cleared -> "tokens of " + cleared + " expired survey invitations minted on days that ended before "
                        + before);
    }
}
