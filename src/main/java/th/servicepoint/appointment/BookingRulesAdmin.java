package th.servicepoint.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.agency.Agencies;
import th.servicepoint.agency.Agency;
import th.servicepoint.audit.AuditTrail;

/** The caller's agency's no-show rule, as its administrator sees and sets it; every change is audited. */
@ApplicationScoped
public class BookingRulesAdmin {

    private final AuditTrail audit;

    BookingRulesAdmin(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BookingRules get() {
        return of(Agencies.ofScope());
    }

    @Transactional
    public BookingRules change(BookingRules rules) {
        Agency agency = Agencies.ofScope();
        agency.bookingNoShowLimit = rules.noShowLimit();
        agency.bookingBlockDays = rules.blockDays();
        audit.admin("BOOKING_RULES", null, rules.noShowLimit() == null ? "no-show block off"
                : "block after " + rules.noShowLimit() + " no-shows in " + rules.blockDays() + " days");
        return of(agency);
    }

    private static BookingRules of(Agency agency) {
        return new BookingRules(agency.bookingNoShowLimit, agency.bookingBlockDays);
    }
}
