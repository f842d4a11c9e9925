package th.servicepoint.complaint;

import java.util.Optional;

/**
 * How staff name a complaint in lists, links and audit rows: 10 random characters shown as XXXXX-XXXXX (see
 * {@link CodeShape}). The database id stays internal: it is sequential, so the gaps in the ids an executive sees would
 * be exactly the corruption complaints. 31^10 is about 2^49, so references do not collide in practice and cannot be
 * guessed. It is not the tracking code, which is the complainant's key.
 */
final class ComplaintReference {

    private static final CodeShape SHAPE = new CodeShape(10, 5);

    private ComplaintReference() {
    }

    static String generate() {
        return SHAPE.generate();
    }

    static Optional<String> normalize(String typed) {
        return SHAPE.normalize(typed);
    }
}
