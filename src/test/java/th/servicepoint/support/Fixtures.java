package th.servicepoint.support;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import th.servicepoint.audit.AuditEntry;
import th.servicepoint.catalog.Service;
import th.servicepoint.catalog.ServiceStep;
import th.servicepoint.common.AgencyScope;
import th.servicepoint.common.AgencyScopes;
import th.servicepoint.security.AppUser;
import th.servicepoint.security.DeviceKeys;
import th.servicepoint.security.DeviceKind;
import th.servicepoint.security.Role;
import th.servicepoint.site.Counter;
import th.servicepoint.site.DeviceKey;
import th.servicepoint.site.ServicePoint;
import th.servicepoint.survey.ResponseMode;
import th.servicepoint.survey.SurveyResponse;

/**
 * Creates an isolated service point per test, directly with the entities, so no test depends on another's tickets;
 * unique names and audit-row counts for tests that go through the admin API ({@link Api}).
 * Usage: {@code fixtures.site().service("A").service("C", 4, 6).counter(1, "A").counter(2, "A", "C").create()}.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "secret";
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A name no other test uses: lower-case letters, digits and '-'. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQ.incrementAndGet();
    }

    /** Audit rows by the demo admin with this action whose detail contains the text. */
    public static long auditRows(String action, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and detail like ?2 and actor = 'admin' and userId is not null", action,
                "%" + detailContains + "%"));
    }

    /** Audit rows by the demo admin with this action at the service point whose detail contains the text. */
    public static long auditRowsAt(String servicePoint, String action, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and detail like ?2 and actor = 'admin' and servicePointId = "
                        + "(select id from ServicePoint where code = ?3)",
                action, "%" + detailContains + "%", servicePoint));
    }

    public Builder site() {
        return new Builder(null);
    }

    /**
     * The same builders, writing into another agency (made with {@link Agencies#create}): every row goes in with that
     * agency's scope, so the database files it there as it would for that agency's own admin (V20__agencies.sql).
     */
    public InAgency inAgency(long agency) {
        return new InAgency(agency);
    }

    /** {@link Fixtures}' builders in one agency's scope. */
    public class InAgency {
        private final long agency;

        InAgency(long agency) {
            this.agency = agency;
        }

        public Builder site() {
            return new Builder(agency);
        }

        public String user(String username, String role) {
            return AgencyScopes.call(AgencyScope.of(agency), () -> Fixtures.this.user(username, role, true));
        }

        /**
         * An admin of the agency who has published the home agency's questionnaire there, as a new agency's admin
         * does first: without a published questionnaire its clerks cannot complete a ticket (503 NO_QUESTIONNAIRE).
         */
        public String admin() {
            String admin = user(unique("admin"), Role.ADMIN);
            String current = "/api/v1/admin/questionnaires/current";
            List<Map<String, Object>> items = Api.admin().get(current).then().statusCode(200).extract().jsonPath()
                    .getList("items");
            Api.as(admin).body(Map.of("items", Api.formItems(items))).put(current).then().statusCode(200);
            return admin;
        }
    }

    public class Builder {
        private final List<ServiceSpec> services = new ArrayList<>();
        private final Map<Integer, String[]> counters = new LinkedHashMap<>();
        private Hours hours = Hours.ROUND_THE_CLOCK;
        /** Null: the test thread's own scope (the home agency). */
        private final Long agency;

        Builder(Long agency) {
            this.agency = agency;
        }

        /**
         * Opening hours (open days as MON,TUE,…) and whether kiosks issue outside them. Without this a site is open
         * round the clock every day, so tests issue tickets at any hour.
         */
        public Builder hours(LocalTime opens, LocalTime closes, String openDays, boolean issueOutsideHours) {
            hours = new Hours(opens, closes, openDays, issueOutsideHours);
            return this;
        }

        /** A service with the given prefix and published steps of these standard minutes. */
        public Builder service(String prefix, int... stepMinutes) {
            services.add(new ServiceSpec(prefix, null, stepMinutes));
            return this;
        }

        public Builder cappedService(String prefix, int dailyCap) {
            services.add(new ServiceSpec(prefix, dailyCap, new int[0]));
            return this;
        }

        /** A counter serving these services, with its own clerk (not yet signed in). */
        public Builder counter(int number, String... prefixes) {
            counters.put(number, prefixes);
            return this;
        }

        public Site create() {
            return agency == null ? Fixtures.this.create(this)
                    : AgencyScopes.call(AgencyScope.of(agency), () -> Fixtures.this.create(this));
        }
    }

    private record ServiceSpec(String prefix, Integer dailyCap, int[] stepMinutes) {
    }

    private record Hours(LocalTime opens, LocalTime closes, String openDays, boolean issueOutsideHours) {
        /** Open every day until 23:59:59, and issuing in the last second too (tests issue at 23:59:59 Bangkok). */
        static final Hours ROUND_THE_CLOCK = new Hours(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59),
                "MON,TUE,WED,THU,FRI,SAT,SUN", true);
    }

    @Transactional
    Site create(Builder spec) {
        String code = "t" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ServicePoint sp = new ServicePoint();
        sp.code = code;
        sp.nameTh = "จุดบริการทดสอบ " + code;
        sp.nameEn = "Test service point " + code;
        sp.opensAt = spec.hours.opens();
        sp.closesAt = spec.hours.closes();
        sp.openDays = spec.hours.openDays();
        sp.issueOutsideHours = spec.hours.issueOutsideHours();
        sp.persist();
        Map<String, Service> services = new LinkedHashMap<>();
        for (ServiceSpec s : spec.services) {
            Service service = new Service();
            service.servicePoint = sp;
            service.prefix = s.prefix();
            service.nameTh = "งาน " + s.prefix();
            service.nameEn = "Service " + s.prefix();
            service.dailyCap = s.dailyCap();
            for (int i = 0; i < s.stepMinutes().length; i++) {
                ServiceStep step = new ServiceStep();
                step.service = service;
                step.position = i + 1;
                step.titleTh = "ขั้นตอน " + (i + 1);
                step.titleEn = "Step " + (i + 1);
                step.standardMinutes = s.stepMinutes()[i];
                service.steps.add(step);
            }
            service.persist();
            services.put(s.prefix(), service);
        }
        Map<Integer, Long> counterIds = new LinkedHashMap<>();
        Map<Integer, String> clerks = new LinkedHashMap<>();
        Map<Integer, String> counterKeys = new LinkedHashMap<>();
        spec.counters.forEach((number, prefixes) -> {
            Counter counter = new Counter();
            counter.servicePoint = sp;
            counter.number = number;
            counter.name = "ช่อง " + number;
            for (String prefix : prefixes) {
                services.get(prefix).counters.add(counter);
            }
            counter.persist();
            counterIds.put(number, counter.id);
            String screenKey = code + "-counter" + number;
            device(sp, counter, screenKey);
            counterKeys.put(number, screenKey);
            String username = code + "-clerk" + number;
            user(username, Role.CLERK, true);
            clerks.put(number, username);
        });
        String kiosk = code + "-kiosk";
        String display = code + "-display";
        device(sp, DeviceKind.KIOSK, kiosk);
        device(sp, DeviceKind.DISPLAY, display);
        Map<String, Long> serviceIds = new LinkedHashMap<>();
        services.forEach((prefix, service) -> serviceIds.put(prefix, service.id));
        return new Site(code, sp.id, serviceIds, counterIds, clerks, kiosk, display, counterKeys);
    }

    /** A user with a cheap bcrypt hash (cost 4), so tests do not spend their time hashing. */
    @Transactional
    public String user(String username, String role, boolean active) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4);
        user.displayName = "ผู้ใช้ทดสอบ " + username;
        user.setRoles(Set.of(role));
        user.active = active;
        user.persist();
        return username;
    }

    @Transactional
    public void setDailyCap(long serviceId, Integer cap) {
        Service.<Service> findById(serviceId).dailyCap = cap;
    }

    @Transactional
    public void setServiceActive(long serviceId, boolean active) {
        Service.<Service> findById(serviceId).active = active;
    }

    /** Deactivates the kiosk and display keys of a service point, as an admin does with a lost device. */
    @Transactional
    public void deactivateDevices(long servicePointId) {
        DeviceKey.update("active = false where servicePoint.id = ?1", servicePointId);
    }

    /** The audit rows of one ticket, oldest first. */
    @Transactional
    public List<th.servicepoint.audit.AuditEntry> auditOf(long ticketId) {
        return th.servicepoint.audit.AuditEntry.list("ticketId = ?1 order by id", ticketId);
    }

    /** The audit rows of one counter, oldest first. */
    @Transactional
    public List<th.servicepoint.audit.AuditEntry> auditOfCounter(long counterId) {
        return th.servicepoint.audit.AuditEntry.list("counterId = ?1 and ticketId is null order by id", counterId);
    }

    /** A ticket's status as stored (what the board and the citizen's phone show). */
    @Transactional
    public String statusOf(long ticketId) {
        return th.servicepoint.queue.Ticket.<th.servicepoint.queue.Ticket> findById(ticketId).status.name();
    }

    @Transactional
    public String numberOf(long ticketId) {
        return th.servicepoint.queue.Ticket.<th.servicepoint.queue.Ticket> findById(ticketId).number;
    }

    /**
     * A survey response as stored, with what its invitation or poster ties it to; an open (poster) response has no
     * clerk. {@code fromStaff}: marked as sent from a staff network or with staff credentials.
     */
    public record StoredResponse(ResponseMode mode, long counterId, String clerk, int version,
            Map<String, String> answers, Map<String, Integer> points, String comment, boolean fromStaff) {
    }

    /** The token of a ticket's survey invitation, as its citizen's link carries it. */
    @Transactional
    public String invitationTokenOf(long ticketId) {
        return th.servicepoint.survey.SurveyInvitation.<th.servicepoint.survey.SurveyInvitation> find("ticket.id", ticketId)
                .singleResult().token;
    }

    /** The user name of the clerk a ticket's survey invitation is attributed to. */
    @Transactional
    public String invitationClerkOf(long ticketId) {
        return th.servicepoint.survey.SurveyInvitation.<th.servicepoint.survey.SurveyInvitation> find("ticket.id", ticketId)
                .singleResult().clerk.username;
    }

    /** The survey responses to a ticket's invitation (at most one). */
    @Transactional
    public List<StoredResponse> responsesOf(long ticketId) {
        return SurveyResponse.<SurveyResponse> list("invitation.ticket.id", ticketId).stream()
                .map(response -> stored(response, response.invitation.counter, response.invitation.clerk.username))
                .toList();
    }

    /** The survey responses through the posters of a counter, oldest first. */
    @Transactional
    public List<StoredResponse> posterResponsesOf(long counterId) {
        return SurveyResponse.<SurveyResponse> list("poster.counter.id = ?1 order by id", counterId).stream()
                .map(response -> stored(response, response.poster.counter, null)).toList();
    }

    private static StoredResponse stored(SurveyResponse response, Counter counter, String clerk) {
        return new StoredResponse(response.mode, counter.id, clerk, response.questionnaire.version,
                response.answers.stream().collect(Collectors.toMap(a -> a.itemCode, a -> a.value)),
                response.answers.stream().collect(Collectors.toMap(a -> a.itemCode, a -> a.points)),
                response.comment, response.fromStaff);
    }

    /** Inserts a response of this mode with neither invitation nor poster, past the application, as a bug would. */
    @Transactional
    public void insertResponseWithoutSource(ResponseMode mode) {
        Panache.getEntityManager().createNativeQuery("insert into survey_response (mode, questionnaire_id, answered_at)"
                + " select ?1, id, now() from questionnaire where status = 'PUBLISHED'").setParameter(1, mode.name())
                .executeUpdate();
    }

    /** A display key allowed at every service point; returns the key. */
    @Transactional
    public String unboundDisplayKey() {
        String key = "unbound-display-" + UUID.randomUUID();
        device(null, DeviceKind.DISPLAY, key);
        return key;
    }

    /** The key of the screen above one counter. */
    private static void device(ServicePoint sp, Counter counter, String key) {
        DeviceKey device = new DeviceKey();
        device.name = sp.code + " counter " + counter.number + " screen";
        device.kind = DeviceKind.COUNTER;
        device.keyHash = DeviceKeys.hash(key);
        device.servicePoint = sp;
        device.counter = counter;
        device.createdAt = Instant.now();
        device.persist();
    }

    private static void device(ServicePoint sp, DeviceKind kind, String key) {
        DeviceKey device = new DeviceKey();
        device.name = (sp == null ? "every service point" : sp.code) + " " + kind;
        device.kind = kind;
        device.keyHash = DeviceKeys.hash(key);
        device.servicePoint = sp;
        device.createdAt = Instant.now();
        device.persist();
    }
}
