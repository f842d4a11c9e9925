package th.servicepoint.common;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusDevModeTest;
import io.smallrye.config.ConfigSourceFactory;

/**
 * Dev mode's live reload restarts Quarkus in a new class loader after a Java source is edited: the application must
 * come back on the same embedded PostgreSQL, not answer 500 "Error restarting Quarkus" after a second server failed
 * to start on the same data directory.
 */
class EmbeddedPostgresDevModeTest {

    @RegisterExtension
    static final QuarkusDevModeTest DEV_MODE = new QuarkusDevModeTest().withApplicationRoot(app -> app
            .addClasses(EmbeddedPostgresConfigSource.class, EmbeddedPostgresConfigSourceFactory.class,
                    DevModeProbe.class)
            .addAsServiceProvider(ConfigSourceFactory.class, EmbeddedPostgresConfigSourceFactory.class)
            .addAsResource(new StringAsset(String.join("\n",
                    "quarkus.datasource.db-kind=postgresql",
                    "quarkus.devservices.enabled=false",
                    "servicepoint.embedded-db.data-dir=target/dev-mode-postgres",
                    "servicepoint.test.dev-mode-probe=on",
                    // its dev-mode module is not on the test class path, and the probe needs no entities
                    "quarkus.hibernate-orm.enabled=false",
                    // as in application.properties: the debugger dev mode would load is not published for 3.33.2
                    "quarkus.arc.exclude-types=io.quarkus.qute.runtime.debug.DebugQuteEngineObserver")),
                    "application.properties"));

    @Test
    void anEditedSourceIsServedFromTheSameEmbeddedServer() {
        String before = get("/dev-mode-probe").then().statusCode(200).extract().asString();
        assertTrue(before.matches("before the edit: \\w+ on port \\d+"), before);

        DEV_MODE.modifySourceFile(DevModeProbe.class, source -> source.replace("before the edit", "after an edit"));
        String after = get("/dev-mode-probe").then().statusCode(200).extract().asString();
        assertEquals(before.replace("before the edit", "after an edit"), after);

        DEV_MODE.modifySourceFile(DevModeProbe.class, source -> source.replace("after an edit", "after two edits"));
        assertEquals(before.replace("before the edit", "after two edits"),
                get("/dev-mode-probe").then().statusCode(200).extract().asString());
    }
}
