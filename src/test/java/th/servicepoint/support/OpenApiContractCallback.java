package th.servicepoint.support;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContract} on every REST Assured call of every @QuarkusTest (registered in META-INF/services), once
 * per running application: a test profile starts another one, with its own management port.
 */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    private static String installedFor;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String managementUri = TestHTTPResourceManager.getManagementUri();
        if (!managementUri.equals(installedFor)) {
            RestAssured.replaceFiltersWith(OpenApiContract.servedAt(managementUri));
            installedFor = managementUri;
        }
    }
}
