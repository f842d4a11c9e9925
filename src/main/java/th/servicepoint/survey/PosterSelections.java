package th.servicepoint.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import th.servicepoint.common.ProblemException;

/**
 * The items a poster view asked, sealed into the view ({@code selection}) and sent back with the answer, so an open
 * answer covers exactly the items the rotation chose and nobody answers only the items they like. The seal is an HMAC
 * of the poster, the moment of the view and the item codes under the database's key (V18), so every instance seals
 * and checks alike; it holds as long as an invitation does ({@link SurveySettings#invitationExpiry()}).
 */
@ApplicationScoped
class PosterSelections {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SurveySettings settings;
    private final EntityManager entityManager;
    private final Clock clock;
    private volatile SecretKeySpec key;

    PosterSelections(SurveySettings settings, EntityManager entityManager, Clock clock) {
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    String seal(SurveyPoster poster, List<String> codes) {
        String body = poster.id + "|" + clock.instant().getEpochSecond() + "|" + String.join(",", codes);
        return ENCODER.encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(body));
    }

    /** The item codes a selection of this poster names; 422 naming {@code selection} when it is not one. */
    List<String> open(SurveyPoster poster, String selection) {
        if (selection == null || selection.isBlank()) {
            throw invalid("แบบประเมินนี้ถามเฉพาะบางข้อ กรุณาส่งชุดคำถามที่ได้รับ (selection) กลับมาพร้อมคำตอบ",
                    "This survey asks only some questions; send back the selection it came with");
        }
        String[] parts = selection.split("\\.", -1);
        String body;
        try {
            body = parts.length == 2 ? new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                    : null;
        } catch (IllegalArgumentException e) {
            body = null;
        }
        String[] fields = body == null ? new String[0] : body.split("\\|", -1);
        if (fields.length != 3 || !MessageDigest.isEqual(ENCODER.encodeToString(mac(body))
                .getBytes(StandardCharsets.UTF_8), parts[1].getBytes(StandardCharsets.UTF_8))
                || !fields[0].equals(String.valueOf(poster.id))) {
            throw invalid("ชุดคำถามนี้ไม่ใช่ชุดที่โปสเตอร์นี้ให้มา กรุณาโหลดแบบประเมินใหม่",
                    "This selection was not given by this poster; reload the survey");
        }
        long viewed = Long.parseLong(fields[1]);
        if (clock.instant().getEpochSecond() - viewed > settings.invitationExpiry().toSeconds()) {
            throw invalid("ชุดคำถามนี้หมดเวลาแล้ว กรุณาโหลดแบบประเมินใหม่",
                    "This selection has expired; reload the survey");
        }
        return fields[2].isEmpty() ? List.of() : Arrays.asList(fields[2].split(","));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String secret = (String) entityManager.createNativeQuery("select secret from survey_seal_key")
                    .getSingleResult();
            key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
        return key;
    }

    private static ProblemException invalid(String messageTh, String message) {
        return ProblemException.invalid("selection", messageTh, message);
    }
}
