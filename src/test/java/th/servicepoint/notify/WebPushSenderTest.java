package th.servicepoint.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import th.servicepoint.notify.PushServiceStandIn.Phone;
import th.servicepoint.notify.PushServiceStandIn.Received;
import th.servicepoint.support.OutboundStandIns;

/**
 * The sender against the stand-in push service: what the phone decrypts is exactly the message, signed with the
 * service's VAPID key, and each answer of a push service becomes what the dispatcher must do.
 */
@QuarkusTest
@TestProfile(OutboundStandIns.class)
class WebPushSenderTest {

    @Inject
    WebPushSender sender;
    @Inject
    PushEndpoints endpoints;

    @Test
    void thePhoneDecryptsExactlyTheMessageWithItsOwnKeys() {
        Phone phone = PushServiceStandIn.phone();
        WebPushMessage message = WebPushMessage.of("A001", "เชิญที่ช่องบริการ 2", "Please go to counter 2",
                "https://localhost/ticket/?t=abc");

        assertEquals(Delivery.SENT, sender.send(address(phone), message, true));

        List<Received> received = phone.received();
        assertEquals(1, received.size());
        assertEquals("{\"title\":\"A001\",\"body\":\"เชิญที่ช่องบริการ 2\\nPlease go to counter 2\","
                + "\"url\":\"https://localhost/ticket/?t=abc\",\"tag\":\"A001\"}", received.get(0).plaintext());
        assertEquals("high", received.get(0).urgency());
        assertEquals("3600", received.get(0).ttl());
        assertEquals(List.of(), PushServiceStandIn.problems());
    }

    @Test
    void anOrdinaryNoticeIsNotUrgent() {
        Phone phone = PushServiceStandIn.phone();
        assertEquals(Delivery.SENT, sender.send(address(phone), WebPushMessage.of("A002", "ก", "a", null), false));
        assertEquals("normal", phone.received().get(0).urgency());
    }

    @Test
    void goneWhenTheSubscriptionIsNoMoreAndFailedWhenTheServiceIsBusyOrDown() {
        Phone phone = PushServiceStandIn.phone();
        WebPushMessage message = WebPushMessage.of("A003", "ก", "a", null);
        for (Map.Entry<Integer, Delivery> answer : Map.of(410, Delivery.GONE, 404, Delivery.GONE, 429,
                Delivery.FAILED, 500, Delivery.FAILED, 503, Delivery.FAILED, 413, Delivery.FAILED)
                .entrySet()) {
            phone.answer(answer.getKey());
            assertEquals(answer.getValue(), sender.send(address(phone), message, false), "answer " + answer.getKey());
        }
        assertEquals(List.of(), phone.received());
    }

    @Test
    void aLongTextIsShortenedToWhatAPushServiceTakes() {
        Phone phone = PushServiceStandIn.phone();
        String th = "ข้อความยาวมาก ".repeat(400);
        assertEquals(Delivery.SENT, sender.send(address(phone), WebPushMessage.of("A004", th, "long", null), false));
        String plaintext = phone.received().get(0).plaintext();
        assertTrue(plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= WebPushMessage.MAX_BYTES,
                plaintext.length() + " characters");
        assertTrue(phone.received().get(0).json().path("body").asText().endsWith("…"));
    }

    @Test
    void aServiceThatDoesNotAnswerIsRetriedLater() {
        // a port nothing listens on: the connection is refused at once
        WebPushAddress nowhere = new WebPushAddress("https://localhost:9/push/none", address(PushServiceStandIn.phone())
                .p256dh(), new byte[16]);
        assertEquals(Delivery.FAILED, sender.send(nowhere, WebPushMessage.of("A005", "ก", "a", null), false));
    }

    private WebPushAddress address(Phone phone) {
        PushSubscriptionForm form = new PushSubscriptionForm(phone.endpoint(),
                new PushSubscriptionForm.Keys(phone.p256dh(), phone.authSecret()), null);
        return WebPushAddress.of(form, endpoints);
    }
}
