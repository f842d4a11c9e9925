package th.servicepoint.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Moves a complaint on; the public answer, when given, replaces the one the complainant sees when tracking. A category
 * or text sent along is refused rather than ignored, so whoever tries to re-file a complaint learns that it cannot be.
 */
public record StatusChange(@NotNull ComplaintStatus status, @Size(max = 4000) String publicAnswer,
        @Schema(description = "Refused (422): a complaint keeps the category it was filed with") Object category,
        @Schema(description = "Refused (422): a complaint keeps the text it was filed with") Object text) {
}
