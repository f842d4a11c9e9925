package th.servicepoint.notify;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Security;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jboss.logging.Logger;
import org.jose4j.lang.JoseException;

import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.Urgency;
import nl.martijndwars.webpush.Utils;

/**
 * Sends one message to one browser's push service: encrypted for that browser (RFC 8291, aes128gcm) and signed with the
 * service's VAPID key (RFC 8292), both by {@code nl.martijndwars:web-push}; the request itself goes out through the
 * JDK's HttpClient (one client, with timeouts, redirects never followed, and no thread pool of its own to size). Touches
 * no database.
 */
@ApplicationScoped
class WebPushSender {

    private static final Logger LOG = Logger.getLogger(WebPushSender.class);

    private final WebPushSettings settings;
    private final PushEndpoints endpoints;
    private final Optional<Vapid> vapid;
    private final HttpClient http;

    WebPushSender(WebPushSettings settings, PushEndpoints endpoints, TlsConfigurationRegistry tls) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.vapid = vapid(settings);
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.timeout())
                // a push service answers, it never sends elsewhere: a redirect could only lead the POST inward
                .followRedirects(HttpClient.Redirect.NEVER).proxy(ProxySelector.getDefault());
        settings.tlsConfigurationName().ifPresent(name -> builder.sslContext(sslContext(tls, name)));
        this.http = builder.build();
    }

    /** Whether both keys are set (and, as the service would not start otherwise, form a pair). */
    boolean configured() {
        return vapid.isPresent();
    }

    /** The public key browsers subscribe with (applicationServerKey), base64url. */
    Optional<String> publicKey() {
        return vapid.map(v -> settings.publicKey().orElseThrow().strip());
    }

    /**
     * Sends the message. 201 (or 202) Created: the push service has it. 404 and 410: the subscription is no more (the
     * browser unsubscribed, the site's data was cleared). 429, 5xx and no answer in time: try again later. Any other
     * answer (400, 401/403 a VAPID key the push service does not take, 413) does not get better by itself; it fails and
     * is logged so the operator can see it.
     */
    Delivery send(WebPushAddress address, WebPushMessage message, boolean urgent) {
        if (vapid.isEmpty()) {
            return Delivery.FAILED;
        }
        String where = PushEndpoints.redacted(address.endpoint());
        try {
            if (endpoints.refusal(address.endpoint()).isPresent()
                    || !endpoints.reachesOnlyPublicAddresses(address.endpoint())) {
                LOG.warnf("Web push: %s is not a push service this system may send to (now); the follower is stopped",
                        where);
                return Delivery.GONE;
            }
            nl.martijndwars.webpush.HttpRequest prepared = vapid.get().prepare(new Message(address.endpoint(),
                    (ECPublicKey) Utils.loadPublicKey(address.p256dh()), address.auth(), message.bytes(),
                    (int) settings.ttl().toSeconds(), urgent ? Urgency.HIGH : Urgency.NORMAL));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prepared.getUrl()))
                    .timeout(settings.timeout()).POST(HttpRequest.BodyPublishers.ofByteArray(prepared.getBody()));
            for (Map.Entry<String, String> header : prepared.getHeaders().entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return resultOf(status, where);
        } catch (HttpTimeoutException e) {
            LOG.infof("Web push to %s: no answer within %s; retried later", where, settings.timeout());
            return Delivery.FAILED;
        } catch (UnknownHostException e) {
            LOG.infof("Web push to %s: the host cannot be resolved now; retried later", where);
            return Delivery.FAILED;
        } catch (IOException e) {
            LOG.infof("Web push to %s failed (%s); retried later", where, e.getClass().getSimpleName());
            return Delivery.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.FAILED;
        } catch (GeneralSecurityException | JoseException | RuntimeException e) {
            LOG.warnf(e, "Web push to %s could not be prepared", where);
            return Delivery.FAILED;
        }
    }

    private static Delivery resultOf(int status, String where) {
        if (status == 201 || status == 202 || status == 200) {
            return Delivery.SENT;
        }
        if (status == 404 || status == 410) {
            LOG.infof("Web push to %s: %d, the subscription is gone; the follower is stopped", where, status);
            return Delivery.GONE;
        }
        if (status == 429 || status >= 500) {
            LOG.infof("Web push to %s: %d; retried later", where, status);
        } else {
            LOG.warnf("Web push to %s was refused with %d (a VAPID key the push service does not take, or a bad "
                    + "message)", where, status);
        }
        return Delivery.FAILED;
    }

    private static Optional<Vapid> vapid(WebPushSettings settings) {
        if (settings.publicKey().isEmpty() || settings.privateKey().isEmpty()) {
            return Optional.empty();
        }
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            // the library asks for its keys and curves by the provider's name "BC"
            Security.addProvider(new BouncyCastleProvider());
        }
        String subject = settings.subject().strip();
        if (!subject.startsWith("mailto:") && !subject.startsWith("https:")) {
            throw new IllegalStateException("servicepoint.notify.web-push.subject must be a mailto: or https: address");
        }
        try {
            PublicKey publicKey = Utils.loadPublicKey(settings.publicKey().get().strip());
            var privateKey = Utils.loadPrivateKey(settings.privateKey().get().strip());
            if (!Utils.verifyKeyPair(privateKey, publicKey)) {
                throw new IllegalStateException("servicepoint.notify.web-push.public-key and private-key are not "
                        + "one key pair");
            }
            return Optional.of(new Vapid(new KeyPair(publicKey, privateKey), subject));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a key that cannot be read stops the start, as a wrong setting should, instead of failing every send
            throw new IllegalStateException("servicepoint.notify.web-push.public-key or private-key is not a "
                    + "base64url P-256 key as `npx web-push generate-vapid-keys` prints it", e);
        }
    }

    private static javax.net.ssl.SSLContext sslContext(TlsConfigurationRegistry tls, String name) {
        TlsConfiguration configuration = tls.get(name).orElseThrow(() -> new IllegalStateException(
                "servicepoint.notify.web-push.tls-configuration-name names no quarkus.tls." + name + " configuration"));
        try {
            return configuration.createSSLContext();
        } catch (Exception e) {
            throw new IllegalStateException("The TLS configuration " + name + " cannot be used for web push", e);
        }
    }

    /**
     * The library's notification with the VAPID audience (RFC 8292 section 2: the origin of the push resource) with its
     * port: the library leaves a port out, so a push service on any port but 443 would refuse the JWT.
     */
    private static final class Message extends Notification {

        Message(String endpoint, ECPublicKey key, byte[] auth, byte[] payload, int ttl, Urgency urgency) {
            super(endpoint, key, auth, payload, ttl, urgency, null);
        }

        @Override
        public String getOrigin() {
            URI uri = URI.create(getEndpoint());
            return uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() == -1 || uri.getPort() == 443 ? "" : ":" + uri.getPort());
        }
    }

    /** The library's request builder, whose encryption and VAPID header this uses without its HTTP client. */
    private static final class Vapid extends AbstractPushService<Vapid> {

        Vapid(KeyPair keys, String subject) {
            super(keys, subject);
        }

        nl.martijndwars.webpush.HttpRequest prepare(Notification notification)
                throws GeneralSecurityException, IOException, JoseException {
            return prepareRequest(notification, Encoding.AES128GCM);
        }
    }
}
