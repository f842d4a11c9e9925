package th.servicepoint.survey;

/** The answer to a stored response. */
public record Thanks(String thanksTh, String thanks) {
}
