package th.servicepoint.report.snapshot;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.agency.Agency;

/**
 * The agencies whose half-year reports are made, the home agency first, each with its own report recipients (V26). The
 * installation's settings are the home agency's: its memo heading (servicepoint.report.memo.*), and
 * servicepoint.report.mail.to while it keeps no recipients of its own. Another agency's memo is headed from its name
 * in the directory, the way memos of a local administration are headed (สำนักปลัด…, เรียน นายก…).
 */
@ApplicationScoped
class ReportAddressees {

    private final ReportMailSettings mail;
    private final CoverMemoSettings memo;

    ReportAddressees(ReportMailSettings mail, CoverMemoSettings memo) {
        this.mail = mail;
        this.memo = memo;
    }

    /** The active agencies (the directory has no row-level security), the home agency first. */
    List<ReportAddressee> active() {
        List<Agency> agencies = QuarkusTransaction.requiringNew().call(Agency::active);
        return agencies.stream().map(agency -> agency == agencies.get(0) ? home(agency) : other(agency)).toList();
    }

    private ReportAddressee home(Agency agency) {
        List<String> own = agency.reportRecipients;
        return new ReportAddressee(agency.id, agency.nameTh, agency.nameEn, memo.agencyName(), memo.office(),
                memo.reference(), memo.addressee(), own.isEmpty() ? configured() : List.copyOf(own));
    }

    private static ReportAddressee other(Agency agency) {
        return new ReportAddressee(agency.id, agency.nameTh, agency.nameEn, agency.nameTh, "สำนักปลัด" + agency.nameTh,
                Optional.empty(), "นายก" + agency.nameTh, List.copyOf(agency.reportRecipients));
    }

    private List<String> configured() {
        return mail.to().orElse(List.of()).stream().map(String::strip).filter(to -> !to.isEmpty()).toList();
    }
}
