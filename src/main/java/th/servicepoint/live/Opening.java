package th.servicepoint.live;

import java.util.List;

/**
 * What a screen gets when its socket opens: a snapshot as of event {@code seq}, or, when it resumes, the events it
 * missed up to {@code seq}. Either way it then follows the events after {@code seq}.
 */
record Opening(long seq, String snapshot, List<LiveEvent> missed) {

    static Opening snapshot(long seq, String snapshot) {
        return new Opening(seq, snapshot, List.of());
    }

    static Opening resumed(long seq, List<LiveEvent> missed) {
        return new Opening(seq, null, missed);
    }
}
