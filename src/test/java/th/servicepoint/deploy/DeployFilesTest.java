package th.servicepoint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What an agency installs from deploy/: the Kubernetes manifests scale out without affinity and probe the health
 * endpoints, the compose file waits for its database, and every Service Point setting the files set exists, so a
 * renamed setting cannot leave a deployment silently on its default.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SETTING_VARIABLE = Pattern.compile("\\b(SERVICEPOINT_[A-Z0-9_]+)\\b");

    @Test
    void theDeploymentRunsTwoReplicasOrMoreWithHealthProbes() throws IOException {
        JsonNode spec = yaml("kubernetes/deployment.yaml").path("spec");
        assertTrue(spec.path("replicas").asInt() >= 2, "replicas");
        assertEquals(0, spec.at("/strategy/rollingUpdate/maxUnavailable").asInt(), "rolling updates keep every replica");
        JsonNode container = spec.at("/template/spec/containers/0");
        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals("management", container.at("/ports/1/name").asText());
        assertEquals(9000, container.at("/ports/1/containerPort").asInt());
        for (String probe : List.of("readiness", "liveness", "startup")) {
            assertEquals("management", container.at("/" + probe + "Probe/httpGet/port").asText(), probe);
        }
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        JsonNode scrape = spec.at("/template/metadata/annotations");
        assertEquals("9000", scrape.path("prometheus.io/port").asText(), "Prometheus scrapes the management port");
        assertEquals("/q/metrics", scrape.path("prometheus.io/path").asText());
        assertTrue(yaml("kubernetes/autoscaler.yaml").at("/spec/minReplicas").asInt() >= 2, "the autoscaler's floor");
    }

    @Test
    void routingIsStickyFreeAndKeepsScreensConnected() throws IOException {
        assertEquals("None", yaml("kubernetes/service.yaml").at("/spec/sessionAffinity").asText());
        JsonNode annotations = yaml("kubernetes/ingress.yaml").at("/metadata/annotations");
        annotations.fieldNames().forEachRemaining(name -> assertFalse(name.contains("affinity"), name));
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            int seconds = annotations.path("nginx.ingress.kubernetes.io/" + timeout).asInt();
            assertTrue(seconds >= 3600, timeout + " " + seconds + " s would cut idle screens");
        }
    }

    @Test
    void theIngressRoutesEveryScreenTheApiTheSocketsAndTheSignInButNotTheManagementPort() throws IOException {
        Set<String> routed = new TreeSet<>();
        for (JsonNode path : yaml("kubernetes/ingress.yaml").at("/spec/rules/0/http/paths")) {
            routed.add(path.path("path").asText());
        }
        Set<String> expected = new TreeSet<>(List.of("/", "/api", "/ws", "/fonts", "/j_security_check"));
        try (Stream<Path> screens = Files.list(Path.of("kiosk-web"))) {
            screens.filter(Files::isDirectory).forEach(screen -> expected.add("/" + screen.getFileName()));
        }
        assertEquals(expected, routed, "a new screen folder needs its Ingress path; /q/ stays inside the cluster");
        for (JsonNode path : yaml("kubernetes/ingress.yaml").at("/spec/rules/0/http/paths")) {
            assertEquals("http", path.at("/backend/service/port/name").asText(), "never the management port");
        }
        assertEquals(List.of("http"), yaml("kubernetes/service.yaml").at("/spec/ports").findValuesAsText("name"));
    }

    @Test
    void kustomizeNamesOnlyFilesThatExist() throws IOException {
        for (JsonNode resource : yaml("kubernetes/kustomization.yaml").path("resources")) {
            assertTrue(Files.isRegularFile(DEPLOY.resolve("kubernetes").resolve(resource.asText())), resource.asText());
        }
    }

    @Test
    void composeStartsTheAppOnceItsDatabaseIsHealthy() throws IOException {
        JsonNode services = yaml("compose.yaml").path("services");
        assertEquals("service_healthy", services.at("/app/depends_on/db/condition").asText());
        assertTrue(services.at("/app/healthcheck/test").toString().contains("http://localhost:9000/q/health/ready"),
                "the health check asks the management port");
        assertTrue(services.at("/db/volumes").toString().contains("/var/lib/postgresql/data"), "the database on a volume");
        assertEquals("jdbc:postgresql://db:5432/servicepoint",
                services.at("/app/environment/QUARKUS_DATASOURCE_JDBC_URL").asText());
    }

    @Test
    void composeServesOnlyTlsWithTheAgencysCertificateAndTrustsOnlyItsProxy() throws IOException {
        JsonNode services = yaml("compose.yaml").path("services");
        for (JsonNode port : services.at("/app/ports")) {
            assertTrue(port.asText().startsWith("127.0.0.1:"), "the app is published to this server only: " + port);
        }
        JsonNode proxy = services.path("proxy");
        assertTrue(proxy.path("ports").toString().contains(":443\""), "the proxy publishes HTTPS");
        String volumes = proxy.path("volumes").toString();
        assertTrue(volumes.contains("TLS_CERT_FILE") && volumes.contains("TLS_KEY_FILE"), "the agency's cert and key");
        assertTrue(volumes.contains("./Caddyfile:"), volumes);
        String proxyAddress = proxy.at("/networks/edge/ipv4_address").asText();
        JsonNode app = services.at("/app/environment");
        assertEquals(proxyAddress, app.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText(), "only the proxy is trusted");
        assertEquals("true", app.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());

        String caddyfile = Files.readString(DEPLOY.resolve("Caddyfile"));
        assertTrue(caddyfile.contains("tls /etc/caddy/tls/cert.pem /etc/caddy/tls/key.pem"), caddyfile);
        assertTrue(caddyfile.contains("reverse_proxy app:8080"), caddyfile);
        assertTrue(volumes.contains(":/etc/caddy/tls/cert.pem:ro") && volumes.contains(":/etc/caddy/tls/key.pem:ro"));
    }

    @Test
    void everyDeploymentSetsTheSessionKeySoAllInstancesShareIt() throws IOException {
        String variable = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";
        assertTrue(yaml("compose.yaml").at("/services/app/environment/" + variable).asText().contains("SESSION_KEY"));
        assertTrue(yaml("kubernetes/secret.yaml").at("/stringData/" + variable).asText().length() >= 16);
        assertTrue(Files.readString(DEPLOY.resolve("systemd/servicepoint.env")).contains(variable + "="));
        assertTrue(Files.readString(DEPLOY.resolve("systemd/install.sh")).contains("openssl rand"),
                "install.sh makes the server's own key");
    }

    @Test
    void everySettingTheFilesSetExists() throws IOException {
        Set<String> known = knownSettings();
        for (String file : List.of("compose.yaml", "compose.env.example", "kubernetes/configmap.yaml",
                "kubernetes/secret.yaml", "systemd/servicepoint.env")) {
            Matcher variable = SETTING_VARIABLE.matcher(Files.readString(DEPLOY.resolve(file)));
            while (variable.find()) {
                assertTrue(known.contains(variable.group(1)), file + " sets " + variable.group(1)
                        + ", which is no setting of application.properties");
            }
        }
    }

    /**
     * Every servicepoint.* key of application.properties, the one place settings are defined (also its commented
     * examples, the settings that have no default), as variables.
     */
    private static Set<String> knownSettings() throws IOException {
        Set<String> known = new TreeSet<>();
        Pattern key = Pattern.compile("servicepoint\\.[a-z0-9.\\-]+[a-z0-9]");
        Matcher found = key.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (found.find()) {
            known.add(found.group().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return known;
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(DEPLOY.resolve(file).toFile());
    }
}
