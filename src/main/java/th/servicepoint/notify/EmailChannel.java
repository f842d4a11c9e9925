package th.servicepoint.notify;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * E-mail, for the one kind that goes to an e-mail address: an appointment's reminder to the contact its booking gave.
 * A plain-text mail, Thai first, with the appointment's page; sent through Quarkus' blocking mailer on the
 * dispatcher's sender threads. A refusal of any kind is tried again and given up after the outbox's attempts: a mail
 * server's answer does not reliably tell a wrong address from a busy server.
 */
@ApplicationScoped
public class EmailChannel implements CompanionChannel {

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);
    private static final String SUBJECT = "แจ้งเตือนนัดหมาย · Appointment reminder";

    private final Mailer mailer;
    private final EmailSettings settings;

    EmailChannel(Mailer mailer, EmailSettings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    @Override
    public FollowerChannel channel() {
        return FollowerChannel.EMAIL;
    }

    @Override
    public boolean configured() {
        return settings.from().filter(from -> !from.isBlank()).isPresent();
    }

    @Override
    public boolean carries(NoticeKind kind) {
        return kind == NoticeKind.REMINDER;
    }

    @Override
    public Delivery send(String address, Notice notice) {
        if (!configured()) {
            return Delivery.FAILED;
        }
        Mail mail = Mail.withText(address, SUBJECT, text(notice)).setFrom(settings.from().orElseThrow())
                // an automatic message: mail servers and clients do not answer it with an out-of-office reply
                .addHeader("Auto-Submitted", "auto-generated");
        try {
            mailer.send(mail);
            return Delivery.SENT;
        } catch (RuntimeException e) {
            LOG.warnf("The mail server did not take notice %d (%s); it is tried again later", notice.id(),
                    e.getClass().getSimpleName());
            return Delivery.FAILED;
        }
    }

    static String text(Notice notice) {
        String link = notice.url() == null ? "" : "\n\n" + notice.url();
        return notice.textTh() + link + "\n\n----\n" + notice.textEn() + link + "\n";
    }
}
