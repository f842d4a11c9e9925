package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The embedded PostgreSQL that a small office runs on (tests use it too when no datasource is configured) keeps what
 * it committed across a power cut.
 */
@QuarkusTest
class EmbeddedPostgresTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void commitsReachTheDiskBeforeTheyAreAcknowledged() throws SQLException {
        assumeTrue("embedded-postgresql".equals(
                ConfigProvider.getConfig().getConfigValue(EmbeddedPostgresConfigSourceFactory.URL).getSourceName()),
                "a datasource is configured: the embedded PostgreSQL is not in use");
        assertEquals("on", show("fsync"));
        assertEquals("on", show("synchronous_commit"));
        assertEquals("on", show("full_page_writes"));
    }

    private String show(String setting) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
