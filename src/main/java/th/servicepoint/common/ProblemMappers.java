package th.servicepoint.common;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into {@code application/problem+json}; a client never sees a Java class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's SQLSTATE for text it cannot store, such as U+0000. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    /**
     * SQLSTATE classes and codes of a database that cannot be reached now: 08 connection exception (refused, broken),
     * 57P01-57P03 the server shutting down, crashed or still starting.
     */
    private static final List<String> DATABASE_UNREACHABLE = List.of("08", "57P01", "57P02", "57P03");
    /** How long a client is told to wait before it tries again: PostgreSQL restarts within seconds. */
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    /** Sent by the screens' scripts: answer a 401 without the challenge that opens the browser's dialog. */
    static final String REQUESTED_WITH = "X-Requested-With";
    /** How Jackson begins the message of a key given twice (see {@link UniqueJsonKeys}). */
    private static final String DUPLICATE_FIELD = "Duplicate field '";

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(Problem.of(e.status(), e.code(), e.messageTh(), e.getMessage(), e.fieldProblems()));
    }

    @ServerExceptionMapper
    public Response retryable(RetryLater e) {
        return retryLater(e);
    }

    /** Also the answer of {@link RateLimitFilter}, so every 429 and 503 to retry has one shape and a Retry-After header. */
    static Response retryLater(RetryLater e) {
        return Response.fromResponse(respond(Problem.of(e.status(), e.code(), e.messageTh(), e.getMessage(), List.of())))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfter()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldProblem> fields = e.getConstraintViolations().stream().map(ProblemMappers::fieldProblem).toList();
        return respond(Problem.invalid(fields));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /**
     * Jackson cannot build a request record from what it read. Quarkus's own answer to this is an empty 500; it is
     * ours to fix, so it gets the logged 500 problem with an error id.
     */
    @ServerExceptionMapper
    public Response undefined(InvalidDefinitionException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        Optional<JsonParseException> duplicate = duplicateKey(e);
        if (duplicate.isPresent()) {
            return duplicateKey(duplicate.get());
        }
        if (e instanceof InvalidFormatException format && !format.getPath().isEmpty() && valueOfItsType(format)) {
            String field = fieldName(format);
            String value = String.valueOf(format.getValue());
            return respond(
                    Problem.invalid(List.of(new FieldProblem(field, "ค่า '" + value + "' ใช้ไม่ได้" + allowed(format, true),
                            "'" + value + "' is not allowed here" + allowed(format, false)))));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && JsonTypes.of(mismatch.getTargetType()) != null) {
            return wrongType(mismatch);
        }
        return unreadableBody();
    }

    /** A name that is not one of the enum's, or text with NUL: the type is right, the value is not. */
    private static boolean valueOfItsType(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        return type != null && (type.isEnum() || type == String.class && e.getValue() instanceof String);
    }

    /** See {@link StrictJsonTypes}: a value of another JSON type than the field takes, such as false for a text. */
    private static Response wrongType(MismatchedInputException e) {
        JsonTypes expected = JsonTypes.of(e.getTargetType());
        return respond(Problem.invalid(List.of(new FieldProblem(fieldName(e), "ชนิดข้อมูลไม่ถูกต้อง ต้องเป็น" + expected.thai,
                "wrong JSON type; send " + expected.english))));
    }

    /** Jackson wraps it with the path to the object that held the key (a map inside a record) when there is one. */
    private static Optional<JsonParseException> duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /** See {@link UniqueJsonKeys}: the parser stops at the second occurrence, so the key is its current name. */
    private static Response duplicateKey(JsonParseException e) {
        String key = e.getProcessor() == null ? "" : String.valueOf(e.getProcessor().getParsingContext().getCurrentName());
        return respond(
                Problem.of(400, "DUPLICATE_KEY", "คีย์ '" + key + "' มีมากกว่าหนึ่งครั้งในข้อมูลที่ส่งมา ให้ส่งเพียงครั้งเดียว",
                        "The key '" + key + "' appears more than once in the request body; send it once",
                        List.of(new FieldProblem(key, "ส่งได้ครั้งเดียว", "send it once"))));
    }

    private static Response unreadableBody() {
        return respond(Problem.of(400, "UNREADABLE_BODY", "อ่านข้อมูลที่ส่งมาไม่ได้ ต้องเป็น JSON ที่ถูกต้อง",
                "The request body is not valid JSON for this request", List.of()));
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, HttpHeaders headers) {
        return unauthenticated(headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return unauthenticated(headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "FORBIDDEN", "บัญชีหรืออุปกรณ์นี้ไม่มีสิทธิ์ทำรายการนี้",
                "This account or device may not do this", List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            // refused by a parameter converter (WholeNumberParams), which must wrap it to keep JAX-RS from a 404
            return problem(problem);
        }
        int status = e.getResponse().getStatus();
        if (status == 405) {
            return notAllowed(uri);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400) {
            // Quarkus's JSON reader wraps what Jackson could not parse (a key given twice among others) in a 400
            return e.getCause() instanceof JsonProcessingException json ? unreadable(json) : unreadableBody();
        }
        return respond(Problem.of(status, "HTTP_" + status, "คำขอไม่ถูกต้อง: " + e.getMessage(), e.getMessage(),
                List.of()));
    }

    /** RFC 9110 requires a 405 to say in {@code Allow} which methods the address takes; JAX-RS leaves it out. */
    private Response notAllowed(UriInfo uri) {
        String allowed = String.join(", ", allowedMethods.at(uri.getPath()));
        Response problem = respond(Problem.of(405, "HTTP_405",
                "ที่อยู่นี้ไม่รับคำขอแบบนี้ ใช้ได้เฉพาะ: " + allowed,
                "This address does not take this method; it takes: " + allowed, List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    /** The client went away while sending; nobody is left to read an answer. */
    @ServerExceptionMapper
    public Response clientGone(IOException e) {
        LOG.debugf("Request body not read: %s", e.getMessage());
        return unreadableBody();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (causedByDatabaseOutage(e)) {
            LOG.warnf("Request refused with 503, the database is unavailable: %s", e.getMessage());
            return retryLater(new RetryLater(503, DATABASE_RETRY_AFTER_SECONDS, "DATABASE_UNAVAILABLE",
                    "ระบบขัดข้องชั่วคราว (ฐานข้อมูลไม่พร้อมใช้งาน) กรุณาลองใหม่อีกครั้งในอีกสักครู่",
                    "The service is briefly unavailable (its database cannot be reached); try again in a few seconds"));
        }
        if (causedByUnstorableCharacter(e)) {
            // PostgreSQL refuses U+0000 in text; it reaches the database through path and query parameters
            return respond(Problem.of(400, "UNSUPPORTED_CHARACTER",
                    "คำขอมีอักขระที่ระบบรับไม่ได้ (NUL, U+0000) กรุณาตรวจสอบที่อยู่และข้อมูลที่ส่ง",
                    "The request contains a character that cannot be used (NUL, U+0000); check the address and the data",
                    List.of()));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", id);
        return respond(Problem.of(500, "SERVER_ERROR", "ระบบขัดข้อง กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ (รหัส " + id + ")",
                "Something went wrong on our side; try again or tell the administrator (error " + id + ")",
                List.of()));
    }

    /**
     * PostgreSQL down or restarting, or the pool's acquisition timeout (no SQLSTATE; the connections are all in use
     * or cannot be made): the request can succeed a few seconds later, so it is a 503 to retry, not a 500.
     */
    private static boolean causedByDatabaseOutage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (unreachable(sql.getSQLState())
                    || sql.getSQLState() == null && String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(String sqlState) {
        return sqlState != null && DATABASE_UNREACHABLE.stream().anyMatch(sqlState::startsWith);
    }

    private static boolean causedByUnstorableCharacter(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 401 with the Basic challenge, except to the screens' own requests ({@code X-Requested-With}, sent by
     * kiosk-web/common/api.js): there the challenge would make the browser open its own password dialog over the
     * page's sign-in form, which says what went wrong itself.
     */
    private static Response unauthenticated(HttpHeaders headers) {
        Response problem = respond(Problem.of(401, "UNAUTHENTICATED",
                "กรุณาเข้าสู่ระบบ หรือส่งรหัสอุปกรณ์ (X-Device-Key) ที่ถูกต้อง",
                "Sign in, or send a valid device key (X-Device-Key)", List.of()));
        if (headers != null && headers.getHeaderString(REQUESTED_WITH) != null) {
            return problem;
        }
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Service Point\"")
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        String field = lastNode(violation.getPropertyPath());
        String message = violation.getMessage();
        return new FieldProblem(field, ThaiValidationMessages.translate(violation), message);
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            // an element of a list or set ("<list element>") is reported as the list's field
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String fieldName(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    private static String allowed(InvalidFormatException e, boolean thai) {
        Class<?> type = e.getTargetType();
        if (type == String.class) {
            return thai ? " ข้อความต้องไม่มีอักขระ NUL (U+0000)" : "; text must not contain the NUL character (U+0000)";
        }
        if (type == null || !type.isEnum()) {
            return "";
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        return (thai ? " ค่าที่ใช้ได้: " : "; allowed: ") + String.join(", ", names);
    }
}
