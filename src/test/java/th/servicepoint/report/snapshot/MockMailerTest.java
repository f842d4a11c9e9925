package th.servicepoint.report.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** Tests never send real mail: the mailer keeps a report mail, Thai subject and attachment intact, in its mailbox. */
@QuarkusTest
class MockMailerTest {

    @Inject
    Mailer mailer;

    @Inject
    MockMailbox mailbox;

    @Test
    void aReportMailStaysInTheMockMailbox() {
        mailbox.clear();
        byte[] csv = "ตัวชี้วัด,คะแนน\nE1,88.54\n".getBytes(StandardCharsets.UTF_8);

        mailer.send(Mail.withText("exec@example.go.th", "รายงานผู้บริหาร รอบ 6 เดือนแรก", "แนบรายงาน")
                .addAttachment("report.csv", csv, "text/csv"));

        List<Mail> received = mailbox.getMailsSentTo("exec@example.go.th");
        assertEquals(1, received.size());
        assertEquals("รายงานผู้บริหาร รอบ 6 เดือนแรก", received.get(0).getSubject());
        assertEquals(1, received.get(0).getAttachments().size());
    }
}
