package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import th.servicepoint.support.Installation;

/** What every connection of the service's pool is set up with, whatever datasource URL an installation gives. */
@QuarkusTest
class ConnectionSettingsTest {

    @Inject
    EntityManager entityManager;

    /** Compiling the report's over-estimated statements took seconds more than running them (bench/RESULTS.md). */
    @Test
    void statementsAreNotCompiledJustInTime() {
        Object jit = Installation.read(
                () -> entityManager.createNativeQuery("select current_setting('jit')").getSingleResult());
        assertEquals("off", jit);
    }
}
