package th.servicepoint.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;

/**
 * Agencies of a test's own with figures written straight into the tallies the peer benchmarks and roll-ups read
 * (queue_day_tally and queue_day_minutes, survey_month_answer, complaints), so a test knows every figure exactly. Each
 * row is written in its agency's scope and takes the agency from its service point (V20, V24).
 */
@ApplicationScoped
public class AgencyTallies {

    private final EntityManager entityManager;
    private final Fixtures fixtures;

    AgencyTallies(EntityManager entityManager, Fixtures fixtures) {
        this.entityManager = entityManager;
        this.fixtures = fixtures;
    }

    /** A new active agency: its code. */
    public String agency(String agencyClass, String province) {
        String code = Fixtures.unique("agency");
        Agencies.create(code, agencyClass, province);
        return code;
    }

    public long id(String agencyCode) {
        return Installation.read(() -> ((Number) entityManager
                .createNativeQuery("select id from agency where code = ?1").setParameter(1, agencyCode)
                .getSingleResult()).longValue());
    }

    /** A service point of the agency with service A (standard 10 minutes) at counter 1. */
    public Site site(long agency) {
        return AgencyScopes.call(AgencyScope.of(agency), () -> fixtures.site().service("A", 10).counter(1, "A").create());
    }

    /**
     * One day of service A: {@code served} tickets served, each called after {@code waitMinute} minutes (the minute
     * (m − 1, m]), {@code late} of them served past the standard.
     */
    public void queueDay(long agency, Site site, String day, long served, int waitMinute, long late) {
        long service = site.services().get("A");
        in(agency, () -> {
            update("insert into queue_day_tally (day, service_point_id, service_id, issued, served, no_show, cancelled, "
                    + "never_called, still_open, unsettled, priority_elderly, priority_disabled, priority_pregnant, "
                    + "priority_monk, wait_n, wait_sum, estimate_error_sum, estimate_error_abs_sum, "
                    + "estimate_within_five, service_n, service_sum, calls_out_of_order) values (cast(?1 as date), ?2, "
                    + "?3, ?4, ?4, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?4, ?5, 0, 0, 0, ?4, 0, 0)", day, site.id(), service,
                    served, served * (waitMinute - 0.5));
            minutes(day, site, service, "WAIT", waitMinute, served);
            minutes(day, site, service, "SERVICE", 5, served - late);
            if (late > 0) {
                minutes(day, site, service, "SERVICE", 20, late);
            }
        });
    }

    /**
     * Marks the service point's days folded through {@code through}, as the fold does (queue_fold), so the kept figures
     * (report/peers/KeptAgencyFigures) say as of which day they count.
     */
    public void folded(Site site, String through) {
        Installation.read(() -> update("insert into queue_fold (service_point_id, folded_through) values (?1, "
                + "cast(?2 as date)) on conflict (service_point_id) do update set folded_through = excluded"
                + ".folded_through", site.id(), through));
    }

    /** A published questionnaire asking E2 (indicator 6) and E9 (indicator 7) on the ITA scale. */
    public void questionnaire(long agency) {
        in(agency, () -> {
            long questionnaire = ((Number) entityManager.createNativeQuery(
                    "insert into questionnaire (version, status, published_at) values (1, 'PUBLISHED', now()) "
                            + "returning id")
                    .getSingleResult()).longValue();
            update("insert into questionnaire_item (questionnaire_id, position, code, indicator, scale, required, "
                    + "text_th, text_en) values (?1, 1, 'E2', 6, 'ITA4', true, 'เท่าเทียม', 'Equal'), "
                    + "(?1, 2, 'E9', 7, 'ITA4', true, 'ตอบชัดเจน', 'Clear answers')", questionnaire);
        });
    }

    /** {@code count} invited answers of an item with this value and points in a month (its first day). */
    public void answers(long agency, Site site, String month, String item, String value, int points, long count) {
        in(agency, () -> update("insert into survey_month_answer (month, service_point_id, mode, item_code, value, "
                + "points, answers) values (cast(?1 as date), ?2, 'INVITED', ?3, ?4, ?5, ?6)", month, site.id(), item,
                value, points, count));
    }

    /** A complaint filed at that instant and closed {@code daysToClose} days later. */
    public void closedComplaint(long agency, String category, String filed, int daysToClose) {
        in(agency, () -> update("insert into complaint (tracking_code, reference, category, status, text, created_at, "
                + "updated_at) values (substr(md5(random()::text), 1, 14), substr(md5(random()::text), 1, 11), ?1, "
                + "'CLOSED', 'ช้า', cast(?2 as timestamptz), cast(?2 as timestamptz) + make_interval(days => ?3))",
                category, filed, daysToClose));
    }

    /** Corruption complaints are written only where the scope may see them. */
    private void in(long agency, Runnable work) {
        Installation.in(AgencyScope.of(agency).withCorruptionComplaints(), () -> {
            work.run();
            return null;
        });
    }

    private void minutes(String day, Site site, long service, String measure, int minute, long tickets) {
        update("insert into queue_day_minutes (day, service_point_id, service_id, measure, minute, tickets) values "
                + "(cast(?1 as date), ?2, ?3, ?4, ?5, ?6)", day, site.id(), service, measure, minute, tickets);
    }

    private int update(String sql, Object... values) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query.executeUpdate();
    }
}
