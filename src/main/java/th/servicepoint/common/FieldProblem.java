package th.servicepoint.common;

/** What is wrong with one field of a request, in Thai and English. */
public record FieldProblem(String field, String messageTh, String message) {
}
