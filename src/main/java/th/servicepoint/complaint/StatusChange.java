package th.servicepoint.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a complaint on; the public answer, when given, replaces the one the complainant sees when tracking. */
public record StatusChange(@NotNull ComplaintStatus status, @Size(max = 4000) String publicAnswer) {
}
