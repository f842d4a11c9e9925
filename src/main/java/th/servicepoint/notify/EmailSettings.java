package th.servicepoint.notify;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * E-mail for appointment reminders (servicepoint.notify.email.*), through the mail server of quarkus.mailer.*, which the
 * half-year report's mail uses too.
 */
@ConfigMapping(prefix = "servicepoint.notify.email")
public interface EmailSettings {

    /** The sender of reminders; unset: no reminder is e-mailed (a booking's e-mail contact gets none). */
    Optional<String> from();
}
