package th.servicepoint.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void generatesGroupedCodesWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCode.generate();
            assertTrue(code.matches(ComplaintFixtures.CODE_FORMAT), code);
            codes.add(code);
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void acceptsACodeAsPeopleTypeIt() {
        assertEquals(Optional.of("ABCD-2345-WXYZ"), TrackingCode.normalize(" abcd 2345-wxyz "));
        assertEquals(Optional.of("ABCD-2345-WXYZ"), TrackingCode.normalize("ABCD2345WXYZ"));
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertEquals(Optional.empty(), TrackingCode.normalize("ABCD-2345-WXY0"));
        assertEquals(Optional.empty(), TrackingCode.normalize("ABCD-2345-WXYZZ"));
        assertEquals(Optional.empty(), TrackingCode.normalize("' or 1=1 --"));
        assertEquals(Optional.empty(), TrackingCode.normalize(null));
    }
}
