package th.servicepoint.security;

import java.util.concurrent.Semaphore;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.servicepoint.audit.AuditChain;
import th.servicepoint.audit.AuditChainCheck;
import th.servicepoint.common.RetryLater;

@Path("/api/v1/admin/audit")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class AuditChainResource {

    /** A check reads the whole trail; a second one at the same time would only double the load on the database. */
    private final Semaphore running = new Semaphore(1);
    private final AuditChain chain;

    AuditChainResource(AuditChain chain) {
        this.chain = chain;
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the audit trail's hash chain: all rows verify, or the first row where it breaks"
            + " (row id, time, what is wrong)")
    @APIResponse(responseCode = "200", description = "The check ran: intact, or the first break (a broken chain is a finding, not an error)")
    @APIResponse(responseCode = "429", description = "A check is already running on this instance; try again after Retry-After seconds")
    public AuditChainCheck verify() {
        if (!running.tryAcquire()) {
            throw new RetryLater(429, 60, "AUDIT_CHECK_RUNNING", "กำลังตรวจสอบบันทึกการใช้งานอยู่ กรุณาลองใหม่ภายหลัง",
                    "An audit chain check is already running; try again later");
        }
        try {
            return chain.verify();
        } finally {
            running.release();
        }
    }
}
