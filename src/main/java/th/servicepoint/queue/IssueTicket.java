package th.servicepoint.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A kiosk's or clerk's request for a ticket; priority defaults to NORMAL, channel to the caller's kind. */
public record IssueTicket(@NotBlank @Size(max = 1) String service, Priority priority, Channel channel) {
}
