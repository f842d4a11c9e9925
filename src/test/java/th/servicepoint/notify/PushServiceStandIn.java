package th.servicepoint.notify;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A push service on localhost, as a browser's would be: HTTPS (a certificate keytool makes for localhost, which the
 * service trusts through a named TLS configuration), a VAPID key pair of its own for the service, and a subscription per
 * test phone whose private key and auth secret it keeps, so it can check what a real push service checks (the VAPID
 * JWT's ES256 signature, audience and expiry) and then read what only the phone could read: it decrypts each message
 * (RFC 8291, aes128gcm) with the JDK alone. It answers 201, or what a test tells it to for a subscription (410: gone).
 */
public class PushServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_\\-.]+), ?k=([A-Za-z0-9_\\-]+)");
    private static final String PASSWORD = "stand-in";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile HttpsServer server;
    private static volatile String origin;
    private static volatile String vapidPublicKey;
    private static final Map<String, Phone> PHONES = new ConcurrentHashMap<>();
    private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A message as the phone reads it, with the headers the push service was given. */
    public record Received(String plaintext, String ttl, String urgency, Instant at) {
        public JsonNode json() {
            try {
                return JSON.readTree(plaintext);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + plaintext, e);
            }
        }
    }

    /** A browser's subscription: the keys only the phone has, and what reached it. */
    public static final class Phone {
        final String id;
        final KeyPair keys;
        final byte[] auth;
        final List<Received> received = new CopyOnWriteArrayList<>();
        volatile int answer = 201;

        Phone(String id, KeyPair keys, byte[] auth) {
            this.id = id;
            this.keys = keys;
            this.auth = auth;
        }

        public String endpoint() {
            return origin + "/push/" + id;
        }

        public String p256dh() {
            return B64.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
        }

        public String authSecret() {
            return B64.encodeToString(auth);
        }

        /** As the browser's PushSubscription.toJSON() gives it. */
        public Map<String, Object> subscription() {
            Map<String, Object> subscription = new java.util.LinkedHashMap<>();
            subscription.put("endpoint", endpoint());
            subscription.put("expirationTime", null);
            subscription.put("keys", Map.of("p256dh", p256dh(), "auth", authSecret()));
            return subscription;
        }

        public List<Received> received() {
            return List.copyOf(received);
        }

        /** What the push service answers to messages for this phone from now on (410: unsubscribed). */
        public void answer(int status) {
            answer = status;
        }
    }

    /** A new phone with its own keys, subscribed at this push service. */
    public static Phone phone() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            Phone phone = new Phone("p" + NEXT.incrementAndGet(), generator.generateKeyPair(), auth);
            PHONES.put(phone.id, phone);
            return phone;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was wrong with a request: a missing or bad VAPID header, a body that does not decrypt. */
    public static List<String> problems() {
        return List.copyOf(PROBLEMS);
    }

    /** The VAPID public key the service was given, base64url. */
    public static String vapidPublicKey() {
        return vapidPublicKey;
    }

    public static String origin() {
        return origin;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path store = Files.createDirectories(Path.of("target", "push-stand-in")).resolve("localhost.p12");
            Files.deleteIfExists(store);
            keytool("-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    "CN=localhost", "-ext", "san=dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", PASSWORD);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.createContext("/push/", PushServiceStandIn::handle);
            server.start();
            origin = "https://localhost:" + server.getAddress().getPort();

            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair vapid = generator.generateKeyPair();
            vapidPublicKey = B64.encodeToString(uncompressed((ECPublicKey) vapid.getPublic()));
            String vapidPrivateKey = B64.encodeToString(fixed(((ECPrivateKey) vapid.getPrivate()).getS(), 32));
            return Map.of("servicepoint.notify.web-push.public-key", vapidPublicKey,
                    "servicepoint.notify.web-push.private-key", vapidPrivateKey,
                    "servicepoint.notify.web-push.subject", "mailto:it@pao-demo.example",
                    "servicepoint.notify.web-push.allowed-hosts", "localhost",
                    "servicepoint.notify.web-push.allow-private-hosts", "true",
                    "servicepoint.notify.web-push.tls-configuration-name", "push-stand-in",
                    "quarkus.tls.push-stand-in.trust-store.p12.path", store.toAbsolutePath().toString(),
                    "quarkus.tls.push-stand-in.trust-store.p12.password", PASSWORD);
        } catch (IOException | GeneralSecurityException | InterruptedException e) {
            throw new IllegalStateException("the push service stand-in could not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestURI().getPath().substring("/push/".length());
            Phone phone = PHONES.get(id);
            if (!"POST".equals(exchange.getRequestMethod()) || phone == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String problem = vapidProblem(exchange.getRequestHeaders().getFirst("Authorization"));
            if (problem == null && !"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                problem = "Content-Encoding " + exchange.getRequestHeaders().getFirst("Content-Encoding");
            }
            if (problem == null && exchange.getRequestHeaders().getFirst("TTL") == null) {
                problem = "no TTL header";
            }
            if (problem != null) {
                PROBLEMS.add(phone.id + ": " + problem);
                System.err.println("push stand-in: " + phone.id + ": " + problem);
                exchange.sendResponseHeaders(problem.startsWith("VAPID") ? 401 : 400, -1);
                return;
            }
            if (phone.answer >= 300) {
                exchange.sendResponseHeaders(phone.answer, -1);
                return;
            }
            try {
                String plaintext = new String(decrypt(phone, body), StandardCharsets.UTF_8);
                phone.received.add(new Received(plaintext, exchange.getRequestHeaders().getFirst("TTL"),
                        exchange.getRequestHeaders().getFirst("Urgency"), Instant.now()));
            } catch (GeneralSecurityException | RuntimeException e) {
                PROBLEMS.add(phone.id + ": does not decrypt: " + e);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Location", origin + "/message/" + NEXT.incrementAndGet());
            exchange.sendResponseHeaders(201, -1);
        }
    }

    /** RFC 8292: {@code vapid t=<JWT signed ES256 by the service>, k=<its public key>}; null when all is well. */
    private static String vapidProblem(String authorization) {
        if (authorization == null) {
            return "VAPID: no Authorization header";
        }
        Matcher m = VAPID.matcher(authorization);
        if (!m.matches()) {
            return "VAPID: Authorization is not 'vapid t=…, k=…': " + authorization.split(" ")[0];
        }
        if (!m.group(2).equals(vapidPublicKey)) {
            return "VAPID: k is not the service's public key";
        }
        String[] jwt = m.group(1).split("\\.");
        try {
            JsonNode header = JSON.readTree(UNB64.decode(jwt[0]));
            JsonNode claims = JSON.readTree(UNB64.decode(jwt[1]));
            if (!"ES256".equals(header.path("alg").asText())) {
                return "VAPID: alg " + header.path("alg");
            }
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initVerify(publicKey(UNB64.decode(vapidPublicKey), null));
            es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
            if (!es256.verify(UNB64.decode(jwt[2]))) {
                return "VAPID: the JWT's signature does not verify with k";
            }
            if (!origin.equals(claims.path("aud").asText())) {
                return "VAPID: aud " + claims.path("aud") + " is not " + origin;
            }
            long exp = claims.path("exp").asLong();
            long now = Instant.now().getEpochSecond();
            if (exp <= now || exp > now + TimeUnit.HOURS.toSeconds(24)) {
                return "VAPID: exp not within the next 24 hours: " + exp;
            }
            String sub = claims.path("sub").asText();
            if (!sub.startsWith("mailto:") && !sub.startsWith("https:")) {
                return "VAPID: sub " + sub;
            }
            return null;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return "VAPID: unreadable JWT: " + e;
        }
    }

    /** RFC 8291 section 3.4 and RFC 8188: one record, as the phone's browser would decrypt it. */
    static byte[] decrypt(Phone phone, byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] serverKey = new byte[in.get() & 0xff];
        in.get(serverKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (ciphertext.length > recordSize) {
            throw new GeneralSecurityException("more than one record");
        }
        ECPublicKey phonePublic = (ECPublicKey) phone.keys.getPublic();
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(phone.keys.getPrivate());
        ecdh.doPhase(publicKey(serverKey, phonePublic.getParams()), true);
        byte[] sharedSecret = ecdh.generateSecret();

        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uncompressed(phonePublic),
                serverKey);
        byte[] ikm = hkdf(phone.auth, sharedSecret, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("the last record's delimiter is not 0x02");
        }
        return Arrays.copyOf(padded, end);
    }

    /** HKDF (RFC 5869) with HMAC-SHA-256, one block of output: all that web push needs. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private static ECPublicKey publicKey(byte[] uncompressed, ECParameterSpec params) throws GeneralSecurityException {
        if (params == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            params = ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
        }
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, params));
    }

    static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] { 4 }, fixed(key.getW().getAffineX(), 32), fixed(key.getW().getAffineY(), 32));
    }

    private static byte[] fixed(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(bytes.length, length);
        System.arraycopy(bytes, bytes.length - copy, out, length - copy, copy);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
