package th.servicepoint.site;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;

/** Creates and edits divisions; every change leaves an audit row. */
@ApplicationScoped
public class DivisionAdmin {

    private final AuditTrail audit;

    DivisionAdmin(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DivisionView> list() {
        return Division.<Division> listAll(Sort.by("code")).stream().map(DivisionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DivisionView get(long id) {
        return DivisionView.of(require(id));
    }

    @Transactional
    public DivisionView create(DivisionForm form) {
        requireFree(form.code(), null);
        Division division = new Division();
        apply(division, form);
        UniqueKeys.write(division::persist, () -> codeTaken(form.code()));
        audit.admin("DIVISION_CREATE", null, describe(division));
        return DivisionView.of(division);
    }

    @Transactional
    public DivisionView update(long id, DivisionForm form) {
        Division division = require(id);
        requireFree(form.code(), division.id);
        UniqueKeys.write(() -> apply(division, form), () -> codeTaken(form.code()));
        audit.admin("DIVISION_UPDATE", null, describe(division));
        return DivisionView.of(division);
    }

    /**
     * For the catalog: the division with this code, or a 422 on {@code field} that lists the codes that exist.
     */
    public Division byCode(String field, String code) {
        return find(code).orElseThrow(() -> {
            String known = String.join(", ", Division.<Division> listAll(Sort.by("code")).stream()
                    .map(d -> d.code).toList());
            return ProblemException.invalid(field, "ไม่มีสำนัก/กองรหัส '" + code + "' รหัสที่มี: " + known,
                    "There is no division '" + code + "'; known codes: " + known);
        });
    }

    private static Division require(long id) {
        Division division = Division.findById(id);
        if (division == null) {
            throw ProblemException.notFound("Division", "สำนัก/กอง", id);
        }
        return division;
    }

    private static Optional<Division> find(String code) {
        return Division.find("code", code.strip()).firstResultOptional();
    }

    private static void requireFree(String code, Long self) {
        find(code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw codeTaken(code);
        });
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("DIVISION_EXISTS", "มีสำนัก/กองรหัส '" + code.strip() + "' อยู่แล้ว",
                "A division with code '" + code.strip() + "' already exists");
    }

    private static void apply(Division division, DivisionForm form) {
        division.code = form.code().strip();
        division.nameTh = form.nameTh().strip();
        division.nameEn = form.nameEn().strip();
    }

    private static String describe(Division division) {
        return division.code + ": " + division.nameEn;
    }
}
