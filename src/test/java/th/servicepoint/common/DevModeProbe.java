package th.servicepoint.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The application EmbeddedPostgresDevModeTest edits under dev mode: it says which database server it reached. Only
 * there (the build property), not in the service the other tests run.
 */
@Path("/dev-mode-probe")
@IfBuildProperty(name = "servicepoint.test.dev-mode-probe", stringValue = "on")
public class DevModeProbe {

    private final AgroalDataSource dataSource;

    DevModeProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String server() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_user, inet_server_port()")) {
            row.next();
            return "before the edit: " + row.getString(1) + " on port " + row.getInt(2);
        }
    }
}
