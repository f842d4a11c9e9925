package th.servicepoint.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.servicepoint.common.ProblemException;

/** The numbers a citizen may type for SMS, and everything else refused with a message to act on. */
class ThaiMobileTest {

    @ParameterizedTest
    @ValueSource(strings = { "0812345678", "081-234-5678", "081 234 5678", "(081) 234-5678", "+66812345678",
            "+66 81 234 5678", "66812345678", "+66 081 234 5678", "๐๘๑๒๓๔๕๖๗๘", " 0812345678 " })
    void theSameMobileHoweverItIsWritten(String typed) {
        ThaiMobile number = ThaiMobile.parse(typed);
        assertEquals("+66812345678", number.e164());
        assertEquals("0812345678", number.local());
        assertEquals("66812345678", number.international());
        assertEquals("0••-•••-•678", number.masked());
        assertEquals("0••-•••-•678", number.toString(), "never the number in a log line");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0612345678", "0912345678", "0891234567" })
    void mobilesStart06And08And09(String typed) {
        assertEquals(typed, ThaiMobile.parse(typed).local());
    }

    @ParameterizedTest
    @ValueSource(strings = { "021234567", "0212345678", "0512345678", "081234567", "08123456789", "812345678",
            "+1 415 555 0100", "0066812345678", "abc", "08l2345678", "+66 2 123 4567", "6681234567",
            "081234567８" })
    void landlinesAndOtherNumbersAreRefused(String typed) {
        ProblemException refused = assertThrows(ProblemException.class, () -> ThaiMobile.parse(typed));
        assertEquals(422, refused.status());
        assertEquals("phone", refused.fieldProblems().get(0).field());
        assertTrue(refused.messageTh().contains("06 08 หรือ 09"), refused.messageTh());
        assertTrue(refused.getMessage().contains("06, 08 or 09"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void nothingTypedAsksForTheNumber(String typed) {
        ProblemException refused = assertThrows(ProblemException.class, () -> ThaiMobile.parse(typed));
        assertEquals(422, refused.status());
        assertTrue(refused.messageTh().contains("10 หลัก"), refused.messageTh());
    }
}
