package th.servicepoint.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;
import th.servicepoint.security.NewUser;
import th.servicepoint.security.Role;
import th.servicepoint.security.UserAdmin;

/**
 * The agencies of the installation: the platform creates them, each with its first administrator and the stock
 * questionnaire, renames, reclassifies and deactivates them; an agency's administrator keeps its names. Every change
 * is audited.
 */
@ApplicationScoped
public class Agencies {

    private final AuditTrail audit;
    private final UserAdmin users;

    Agencies(AuditTrail audit, UserAdmin users) {
        this.audit = audit;
        this.users = users;
    }

    /** The agencies, by code, filtered by province and class when given, each with its number of service points. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgencyView> list(String province, AgencyClass agencyClass) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (province != null && !province.isBlank()) {
            query.append(" and province = :province");
            parameters.and("province", province.strip());
        }
        if (agencyClass != null) {
            query.append(" and agencyClass = :agencyClass");
            parameters.and("agencyClass", agencyClass);
        }
        List<Agency> agencies = Agency.list(query.toString(), Sort.by("code"), parameters);
        Map<Long, Long> servicePoints = servicePoints();
        return agencies.stream().map(agency -> AgencyView.of(agency, servicePoints.getOrDefault(agency.id, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyView get(String code) {
        Agency agency = require(code);
        return AgencyView.of(agency, servicePoints().getOrDefault(agency.id, 0L));
    }

    /**
     * Creates the agency, then in the new agency's own scope its first administrator and its stock questionnaire, so
     * every row of it is filed under it by the database (V20). Two transactions, because the new agency's rows need
     * the agency committed first; when the second fails the agency is removed again, so no agency is left without
     * an administrator.
     */
    public AgencyView create(NewAgency request) {
        users.requireFree(request.firstAdmin().username());
        Agency agency = QuarkusTransaction.requiringNew().call(() -> {
            if (Agency.byCode(request.code()).isPresent()) {
                throw codeTaken(request.code());
            }
            Agency created = new Agency();
            created.code = request.code();
            apply(created, request.form());
            UniqueKeys.write(created::persist, () -> codeTaken(request.code()));
            Agency.getEntityManager().refresh(created); // its created_at, set by the database
            audit.admin("AGENCY_CREATE", null, describe(created));
            return created;
        });
        try {
            AgencyScopes.run(AgencyScope.of(agency.id), () -> QuarkusTransaction.requiringNew().run(() -> {
                NewAgency.FirstAdmin admin = request.firstAdmin();
                users.create(new NewUser(admin.username(), admin.password(), admin.displayName(), Set.of(Role.ADMIN)));
                publishStockQuestionnaire();
            }));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> Agency.deleteById(agency.id));
            throw e;
        }
        return AgencyView.of(agency, 0);
    }

    @Transactional
    public AgencyView update(String code, AgencyForm form) {
        Agency agency = require(code);
        if (!form.active() && agency.id.equals(homeAgency())) {
            throw ProblemException.conflict("HOME_AGENCY",
                    "หน่วยงานแรกของระบบปิดการใช้งานไม่ได้ ที่อยู่สาธารณะที่ไม่ระบุหน่วยงานใช้หน่วยงานนี้",
                    "The installation's first agency cannot be deactivated: public addresses that name no agency use it");
        }
        apply(agency, form);
        audit.admin("AGENCY_UPDATE", null, describe(agency));
        return AgencyView.of(agency, servicePoints().getOrDefault(agency.id, 0L));
    }

    /** The agency of the calling administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyView own() {
        Agency agency = ofScope();
        return AgencyView.of(agency, servicePoints().getOrDefault(agency.id, 0L));
    }

    @Transactional
    public AgencyView changeOwn(AgencyNames names) {
        Agency agency = ofScope();
        agency.nameTh = names.nameTh().strip();
        agency.nameEn = names.nameEn().strip();
        keepRecipients(agency, names.reportRecipients());
        audit.admin("AGENCY_RENAME", null, describe(agency));
        return AgencyView.of(agency, servicePoints().getOrDefault(agency.id, 0L));
    }

    /**
     * Publishes the stock questionnaire (V22) for the agency of the current transaction's scope, unless it has a
     * questionnaire already: what a new agency's citizens answer until its administrator edits it.
     */
    public static void publishStockQuestionnaire() {
        Agency.getEntityManager().createNativeQuery("select servicepoint_publish_stock_questionnaire()")
                .getSingleResult();
    }

    /** The agency the connection's scope writes for (V20), also where the scope names it by a public key. */
    public static Agency ofScope() {
        Number id = (Number) Agency.getEntityManager().createNativeQuery("select servicepoint_agency()")
                .getSingleResult();
        if (id == null) {
            throw ProblemException.forbidden("บัญชีนี้ไม่ได้สังกัดหน่วยงานใด", "This account belongs to no agency");
        }
        return Agency.<Agency> findByIdOptional(id.longValue())
                .orElseThrow(() -> ProblemException.notFound("Agency", "หน่วยงาน", id));
    }

    private static void apply(Agency agency, AgencyForm form) {
        agency.nameTh = form.nameTh().strip();
        agency.nameEn = form.nameEn().strip();
        agency.agencyClass = form.agencyClass();
        agency.province = form.province().strip();
        agency.district = form.district() == null || form.district().isBlank() ? null : form.district().strip();
        agency.active = form.active();
        keepRecipients(agency, form.reportRecipients());
    }

    /** The addresses trimmed, each once whatever its case; none given: the list stays as it is. */
    private static void keepRecipients(Agency agency, List<String> addresses) {
        if (addresses != null) {
            Map<String, String> once = new LinkedHashMap<>();
            addresses.stream().map(String::strip).forEach(to -> once.putIfAbsent(to.toLowerCase(Locale.ROOT), to));
            agency.reportRecipients = new ArrayList<>(once.values());
        }
    }

    /**
     * Service points per agency: reads site's table, which row-level security limits to the agencies of the scope
     * (every agency for the platform, its own for an administrator).
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, Long> servicePoints() {
        List<Object[]> rows = Agency.getEntityManager()
                .createNativeQuery("select agency_id, count(*) from service_point group by agency_id").getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> ((Number) row[1]).longValue()));
    }

    /** The home agency: the first, as agency_of_public_key('home') finds it (V20). */
    private static Long homeAgency() {
        return ((Number) Agency.getEntityManager().createNativeQuery("select min(id) from agency").getSingleResult())
                .longValue();
    }

    private static Agency require(String code) {
        return Agency.byCode(code).orElseThrow(() -> ProblemException.notFound("Agency", "หน่วยงาน", code));
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("AGENCY_EXISTS", "มีหน่วยงานรหัส '" + code + "' อยู่แล้ว กรุณาใช้รหัสอื่น",
                "An agency with code '" + code + "' already exists; choose another code");
    }

    private static String describe(Agency agency) {
        return agency.code + ": " + agency.nameTh + " / " + agency.nameEn + ", " + agency.agencyClass + ", "
                + agency.province + (agency.active ? "" : " (inactive)") + ", report mailed to "
                + agency.reportRecipients.size() + " recipients";
    }
}
