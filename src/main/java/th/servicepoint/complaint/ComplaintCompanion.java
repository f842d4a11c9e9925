package th.servicepoint.complaint;

import java.util.Optional;

/**
 * What the citizen's companion offers on a tracked complaint: following its status on LINE. The companion implements
 * this, so that the complaint's public view can carry the offer without complaints knowing LINE.
 */
public interface ComplaintCompanion {

    /** How to follow the complaint on LINE, while it is open, is not a corruption complaint and LINE is set up. */
    Optional<LineInvite> lineInvite(Complaint complaint);

    /** Opens a chat with the agency's account with {@code messageText} (the tracking code) typed in. */
    record LineInvite(String addUrl, String messageText) {
    }
}
