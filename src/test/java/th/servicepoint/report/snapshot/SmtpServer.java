package th.servicepoint.report.snapshot;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) in the test JVM, and the mailer pointed at it instead of its mock mailbox, for the
 * tests that check the mail itself.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        port = server.getSmtp().getPort();
        // no pooled connections: the server goes down and comes up again between sends here, and a send that took a
        // connection kept from before once waited 30 s for an answer that never came (421 from the new server)
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port",
                String.valueOf(port), "quarkus.mailer.tls", "false", "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        server.stop();
    }

    public static GreenMail server() {
        return server;
    }

    /** Down, as a mail server sometimes is. */
    static void down() {
        server.stop();
    }

    /** Up again on the same port, with an empty mailbox. */
    static void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }
}
