package th.servicepoint.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static th.servicepoint.web.ScreenParts.exactButton;
import static th.servicepoint.web.ScreenParts.named;
import static th.servicepoint.web.ScreenParts.signIn;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.common.ReportPeriod;
import th.servicepoint.report.peers.KeptAgencyFigures;
import th.servicepoint.support.AgencyTallies;
import th.servicepoint.support.Chromium;
import th.servicepoint.support.Installation;
import th.servicepoint.support.Site;

/**
 * The executive dashboard's "compared with peers" in a real browser: the demo agency beside five agencies
 * of its class with tallies on the first day of this half, in Thai and English, with axe, and no peer named. The same
 * application as {@link ExecDashboardTest} (its profile), where no other test makes agencies.
 */
@QuarkusTest
@TestProfile(ExecDashboardTest.OwnAgency.class)
class ExecPeersTest {

    @TestHTTPResource("/exec/")
    URL exec;
    @Inject
    AgencyTallies tallies;
    @Inject
    EntityManager entityManager;
    @Inject
    KeptAgencyFigures kept;

    @BeforeAll
    static void slowMachine() {
        // the test machine is shared; the half's report may take a while
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void theWholeAgencyBesideAnonymousPeersOfItsClass() {
        String day = halfStart(LocalDate.now(ZoneId.of("Asia/Bangkok"))).toString();
        long home = Installation.read(() -> ((Number) entityManager
                .createNativeQuery("select agency_id from app_user where username = 'exec'").getSingleResult())
                .longValue());
        String homeClass = Installation.read(() -> (String) entityManager
                .createNativeQuery("select agency_class from agency where id = ?1").setParameter(1, home)
                .getSingleResult());
        Site homeSite = tallies.site(home);
        tallies.queueDay(home, homeSite, day, 50, 1, 0);
        tallies.folded(homeSite, day);
        List<String> peers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String code = tallies.agency(homeClass, "จังหวัดทดสอบ");
            long agency = tallies.id(code);
            Site site = tallies.site(agency);
            tallies.queueDay(agency, site, day, 100L * i, i + 1, 10L * i);
            tallies.folded(site, day);
            peers.add(code);
        }
        // the tallies were written here, not folded: their figures are kept now, as the fold's would be
        kept.recompute(ReportPeriod.halfContaining(Instant.now()));

        Page page = Chromium.open(exec.toString(), 1366, 768);
        signIn(page, "exec", "exec");
        Locator table = page.getByRole(AriaRole.TABLE, named("เทียบกับหน่วยงานประเภทเดียวกัน"));
        assertThat(page.locator("#peers-about")).containsText("อื่นอีก 5 แห่ง");
        // waits of 0.5 minute against peers' 1.5 … 5.5: shorter than all five, their median 3.5
        assertThat(row(table, "เวลารอ มัธยฐาน (นาที)")).containsText("3.50");
        assertThat(row(table, "เวลารอ มัธยฐาน (นาที)")).containsText("100.0");
        assertThat(row(table, "จำนวนผู้รับบริการ (ราย)")).containsText("300");
        // no survey answers anywhere: the reason instead of a comparison
        assertThat(row(table, "คะแนน EIT คาดการณ์")).containsText("หน่วยงานยังไม่มีตัวเลขนี้");
        // kept figures, as of the day folded
        assertThat(page.locator("#peers-as-of")).containsText("ตัวเลขคิวนับถึงวันที่");
        Accessibility.assertNoViolations(page, "the dashboard's peer benchmark");
        peers.forEach(code -> assertFalse(page.content().contains(code), "a peer is named: " + code));
        Chromium.screenshot(page, "exec-peers");

        exactButton(page, "English").click();
        Locator english = page.getByRole(AriaRole.TABLE, named("Compared with peers"));
        assertThat(row(english, "Waiting time, median (minutes)")).containsText("3.50");
        assertThat(row(english, "Projected EIT")).containsText("no such figure");
        assertThat(page.locator("#peers-as-of")).containsText("Queue figures up to");
        Accessibility.assertNoViolations(page, "the dashboard's peer benchmark in English");
        Chromium.close(page);
    }

    private static Locator row(Locator table, String label) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(label));
    }

    /** 1 October or 1 April: the first day of the fiscal half holding the day. */
    private static LocalDate halfStart(LocalDate day) {
        int month = day.getMonthValue();
        if (month >= 10) {
            return LocalDate.of(day.getYear(), 10, 1);
        }
        return month >= 4 ? LocalDate.of(day.getYear(), 4, 1) : LocalDate.of(day.getYear() - 1, 10, 1);
    }
}
