package th.servicepoint.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import th.servicepoint.common.RetryLater;
import th.servicepoint.common.Tokens;

/**
 * Checks passwords against bcrypt hashes, at most {@code servicepoint.security.concurrent-password-checks} at once: a
 * crowd of sign-ins (or of guesses) waits briefly or is told to retry, instead of taking every CPU and worker thread.
 */
@ApplicationScoped
public class PasswordChecks {

    /** Refused checks are tried again after this; a check takes tens of milliseconds. */
    private static final long RETRY_AFTER_SECONDS = 1;

    /** A hash no password matches, of the cost {@link AppUser} hashes with, to refuse unknown accounts as slowly. */
    private final String nobodysHash = BcryptUtil.bcryptHash(Tokens.random(), AppUser.BCRYPT_COST);
    private final Semaphore running;
    private final SecuritySettings settings;

    PasswordChecks(SecuritySettings settings) {
        this.settings = settings;
        this.running = new Semaphore(settings.concurrentPasswordChecks(), true);
    }

    public boolean matches(String password, String hash) {
        acquire();
        try {
            return BcryptUtil.matches(password, hash);
        } finally {
            running.release();
        }
    }

    /** As long as {@link #matches} for an account that does not exist; always false. */
    public boolean matchesNone(String password) {
        matches(password, nobodysHash);
        return false;
    }

    private void acquire() {
        try {
            if (running.tryAcquire(settings.passwordCheckWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new RetryLater(503, RETRY_AFTER_SECONDS, "SIGN_IN_BUSY",
                "มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก กรุณาลองใหม่ในอีกสักครู่",
                "Many people are signing in at once; try again in a moment");
    }
}
