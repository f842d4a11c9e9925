package th.servicepoint.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.servicepoint.support.SmsGatewayStandIn.Gateway;
import th.servicepoint.support.SmsGatewayStandIn.Received;

/**
 * The SMS channel against a gateway stand-in, without the application: the request made from each template, the
 * credential header, and which answers stop a number, which are tried again.
 */
class SmsChannelTest {

    private static final String NUMBER = "+66812345678";
    private static final UUID RETRY_KEY = UUID.fromString("4b1d3c2a-0000-4000-8000-000000000001");
    private static Gateway gateway;

    @BeforeAll
    static void startGateway() {
        gateway = Gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void forget() {
        gateway.reset();
    }

    /** The settings of a test: the stand-in's address and the defaults, with what the test changes. */
    record Settings(Optional<String> urlTemplate, SmsSettings.Method method, Optional<String> authHeader, String bodyTemplate,
            String contentType, SmsSettings.PhoneFormat phoneFormat, Duration timeout, Set<NoticeKind> kinds,
            Set<NoticeKind> linkKinds, Optional<String> hashSecret) implements SmsSettings {

        static Settings of(String url) {
            return new Settings(Optional.of(url), SmsSettings.Method.POST, Optional.of("Authorization: Bearer sms-key"),
                    "{\"to\":\"{phone}\",\"text\":\"{message}\",\"ref\":\"{reference}\"}",
                    "application/json; charset=utf-8", SmsSettings.PhoneFormat.LOCAL, Duration.ofSeconds(2),
                    Set.of(NoticeKind.CALL_AHEAD, NoticeKind.CALLED), Set.of(NoticeKind.SURVEY), Optional.of("k"));
        }

        Settings body(String template, String type) {
            return new Settings(urlTemplate, method, authHeader, template, type, phoneFormat, timeout, kinds, linkKinds,
                    hashSecret);
        }

        Settings get(SmsSettings.PhoneFormat format) {
            return new Settings(urlTemplate, SmsSettings.Method.GET, authHeader, bodyTemplate, contentType, format, timeout,
                    kinds,
                    linkKinds, hashSecret);
        }

        @Override
        public int numbersPerTicket() {
            return 2;
        }

        @Override
        public int ticketsPerNumberPerDay() {
            return 3;
        }

        @Override
        public Optional<Integer> numbersPerAgencyPerDay() {
            return Optional.empty();
        }

        @Override
        public Duration clearAfter() {
            return Duration.ofMinutes(10);
        }

        @Override
        public String clearEvery() {
            return "off";
        }
    }

    private static SmsChannel channel(SmsSettings settings) {
        return new SmsChannel(settings, new PhoneHashes(settings));
    }

    private static Notice called(String textTh) {
        return new Notice(7, NoticeKind.CALLED, "A012", textTh, "A012: please go to counter 3",
                "https://q.example.go.th/ticket/?t=abc", false, RETRY_KEY);
    }

    @Test
    void aJsonPostCarriesTheThaiTextTheNumberAndTheCredential() throws Exception {
        SmsChannel channel = channel(Settings.of(gateway.url("/send?to={phone}")));
        assertTrue(channel.configured());
        assertEquals(Delivery.SENT, channel.send(NUMBER, called("ถึงคิว A012 แล้ว \"เชิญ\" ที่ช่อง 3")));

        Received got = gateway.received().get(0);
        assertEquals("POST", got.method());
        assertEquals("/send?to=0812345678", got.pathAndQuery());
        assertEquals("Bearer sms-key", got.header("Authorization"));
        assertEquals("application/json; charset=utf-8", got.header("Content-Type"));
        JsonNode body = new ObjectMapper().readTree(got.body());
        assertEquals("0812345678", body.get("to").asText());
        assertEquals("ถึงคิว A012 แล้ว \"เชิญ\" ที่ช่อง 3", body.get("text").asText(), "quotes escaped, Thai as is");
        assertEquals(RETRY_KEY.toString(), body.get("ref").asText(), "the same reference on every attempt");
    }

    @Test
    void aCalledNoticeGoesWithoutItsLinkAndASurveyWithIt() throws Exception {
        SmsChannel channel = channel(Settings.of(gateway.url("/send")));
        channel.send(NUMBER, called("ถึงคิว A012 เชิญที่ช่อง 3"));
        channel.send(NUMBER, new Notice(8, NoticeKind.SURVEY, "A012", "ขอบคุณที่ใช้บริการ ประเมินได้ที่",
                "ขอบคุณ", "https://q.example.go.th/survey/?t=xyz", false, UUID.randomUUID()));
        ObjectMapper json = new ObjectMapper();
        assertEquals("ถึงคิว A012 เชิญที่ช่อง 3",
                json.readTree(gateway.received().get(0).body()).get("text").asText());
        assertEquals("ขอบคุณที่ใช้บริการ ประเมินได้ที่ https://q.example.go.th/survey/?t=xyz",
                json.readTree(gateway.received().get(1).body()).get("text").asText());
    }

    @Test
    void aFormBodyIsFormEncodedAndAGetHasItAllInTheUrl() {
        SmsChannel form = channel(Settings.of(gateway.url("/sms")).body("msisdn={phone}&message={message}&sender=OrBorJor",
                "application/x-www-form-urlencoded"));
        assertEquals(Delivery.SENT, form.send(NUMBER, called("ถึงคิว A012 & ช่อง 3")));
        Received posted = gateway.received().get(0);
        assertEquals("application/x-www-form-urlencoded", posted.header("Content-Type"));
        assertTrue(posted.body().startsWith("msisdn=0812345678&message="), posted.body());
        assertEquals("ถึงคิว A012 & ช่อง 3",
                URLDecoder.decode(posted.body().split("&message=")[1].split("&sender=")[0], StandardCharsets.UTF_8));

        SmsChannel get = channel(
                Settings.of(gateway.url("/api/send?to={phone}&text={message}&t={ticket}")).get(SmsSettings.PhoneFormat.E164));
        assertEquals(Delivery.SENT, get.send(NUMBER, called("ถึงคิว A012 เชิญที่ช่อง 3")));
        Received got = gateway.received().get(1);
        assertEquals("GET", got.method());
        assertEquals("", got.body());
        String query = got.pathAndQuery();
        assertTrue(query.startsWith("/api/send?to=%2B66812345678&text="), query);
        assertFalse(query.contains(" ") || query.contains("+"), "spaces as %20: " + query);
        assertEquals("ถึงคิว A012 เชิญที่ช่อง 3",
                URLDecoder.decode(query.split("&text=")[1].split("&t=")[0], StandardCharsets.UTF_8));
        assertTrue(query.endsWith("&t=A012"), query);
    }

    @Test
    void onlyTheKindsSetAreTexted() {
        SmsChannel channel = channel(Settings.of(gateway.url("/send")));
        assertTrue(channel.carries(NoticeKind.CALL_AHEAD));
        assertTrue(channel.carries(NoticeKind.CALLED));
        assertFalse(channel.carries(NoticeKind.SURVEY), "each text is paid for: the survey link only when set");
        assertFalse(channel.carries(NoticeKind.TRANSFERRED));
        assertFalse(channel.carries(NoticeKind.LINKED));
    }

    @Test
    void theGatewaysAnswerDecidesWhatHappensNext() {
        SmsChannel channel = channel(Settings.of(gateway.url("/send")));
        gateway.answerNext(500, 503, 429, 401, 404, 400, 422, 410, 202);
        assertEquals(Delivery.FAILED, channel.send(NUMBER, called("ถึงคิว")), "500: tried again");
        assertEquals(Delivery.FAILED, channel.send(NUMBER, called("ถึงคิว")), "503: tried again");
        assertEquals(Delivery.FAILED, channel.send(NUMBER, called("ถึงคิว")), "429: tried again later");
        assertEquals(Delivery.FAILED, channel.send(NUMBER, called("ถึงคิว")), "401: our credential, not the number");
        assertEquals(Delivery.FAILED, channel.send(NUMBER, called("ถึงคิว")), "404: our address, not the number");
        assertEquals(Delivery.GONE, channel.send(NUMBER, called("ถึงคิว")), "400: the number refused");
        assertEquals(Delivery.GONE, channel.send(NUMBER, called("ถึงคิว")), "422: the number refused");
        assertEquals(Delivery.GONE, channel.send(NUMBER, called("ถึงคิว")), "410: the number gone");
        assertEquals(Delivery.SENT, channel.send(NUMBER, called("ถึงคิว")), "any 2xx: sent");
        assertEquals(Delivery.GONE, channel.send(null, called("ถึงคิว")), "a cleared number: nothing to send to");
        assertEquals(9, gateway.received().size());
    }

    @Test
    void noAnswerInTimeIsTriedAgainLater() {
        gateway.delay(Duration.ofSeconds(3));
        assertEquals(Delivery.FAILED, channel(Settings.of(gateway.url("/send"))).send(NUMBER, called("ถึงคิว")));
    }

    @Test
    void aGatewayNobodyListensAtIsTriedAgainLater() {
        Gateway gone = Gateway.start();
        String url = gone.url("/send");
        gone.stop();
        assertEquals(Delivery.FAILED, channel(Settings.of(url)).send(NUMBER, called("ถึงคิว")));
    }

    @Test
    void withoutAUrlThereIsNoSms() {
        Settings none = Settings.of("x");
        SmsChannel channel = channel(new Settings(Optional.empty(), none.method(), none.authHeader(),
                none.bodyTemplate(), none.contentType(), none.phoneFormat(), none.timeout(), none.kinds(),
                none.linkKinds(), none.hashSecret()));
        assertFalse(channel.configured());
        assertEquals(FollowerChannel.SMS, channel.channel());
    }

    @Test
    void aBadHeaderLineStopsTheStartWithoutShowingTheCredential() {
        Settings good = Settings.of(gateway.url("/send"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> channel(new Settings(good.urlTemplate(), good.method(), Optional.of("Bearer secret-value"),
                        good.bodyTemplate(), good.contentType(), good.phoneFormat(), good.timeout(), good.kinds(),
                        good.linkKinds(), good.hashSecret())));
        assertFalse(refused.getMessage().contains("secret-value"), refused.getMessage());
    }

    @Test
    void aGatewaysAnswerIsLoggedWithItsDigitsMasked() {
        assertEquals("{\"error\":\"refused\",\"to\":\"•••\"}",
                SmsChannel.masked("{\"error\":\"refused\",\"to\":\"0812345678\"}"));
        assertEquals("bad number •••", SmsChannel.masked("bad number +66 81 234 5678"));
        assertEquals("no body", SmsChannel.masked(""));
    }

    @Test
    void aThaiTextOf70CharactersIsOneMessageAndLongerOnesGoInPartsOf67() {
        assertEquals(1, SmsText.parts("ก".repeat(70)));
        assertEquals(2, SmsText.parts("ก".repeat(71)));
        assertEquals(2, SmsText.parts("ก".repeat(134)));
        assertEquals(3, SmsText.parts("ก".repeat(135)));
    }
}
