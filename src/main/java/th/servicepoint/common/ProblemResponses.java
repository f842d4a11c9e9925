package th.servicepoint.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * States in the OpenAPI document the answers operations give from the service's common parts rather than from the
 * operation itself, each where it can really occur: {@link RequestIntake} (429 too many requests in progress, 408 a
 * body too slow), {@link ProblemMappers} (400 a body that is no JSON, 404 an unknown thing named in the path, 422
 * invalid input, 503 the database out of reach), the sign-in (401, 403) and the foreign-origin guard (403 on changes).
 * Every error answer, also one an operation lists bare, is a {@link Problem}. It also declares how callers prove who
 * they are: staff with HTTP Basic or the session cookie, kiosks and screens with a device key ({@link DeviceKeySource})
 * on the operations that take one. docs/api-errors.md lists the problem codes.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    /** The name Quarkus gives the HTTP Basic scheme it adds to every secured operation. */
    public static final String BASIC = "SecurityScheme";
    static final String SESSION = "staffSession";
    public static final String DEVICE_KEY = "deviceKey";
    /** How SmallRye states @NotBlank: some character that is not a space, anywhere. */
    private static final String NOT_BLANK = "\\S";
    public static final String DEVICE_KEY_QUERY = "deviceKeyQuery";
    /** {@code ?agency=<code>}: which agency a public operation whose address names no record answers for. */
    public static final String AGENCY = "agency";
    public static final String AGENCY_DESCRIPTION = "The code of the agency whose public data to answer with; absent: "
            + "the installation's home agency. 404 AGENCY_NOT_FOUND when no active agency has that code";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
        }
        declareSchemes(components);
        if (components.getSchemas() != null) {
            Map<String, Schema> named = Map.copyOf(components.getSchemas());
            components.getSchemas().values().forEach(schema -> nullableUnlessRequired(named, schema));
            components.getSchemas().values().forEach(ProblemResponses::anchorPatterns);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(ProblemResponses::stateCommonAnswers);
        }
    }

    private static void stateCommonAnswers(PathItem item) {
        item.getOperations().forEach((method, operation) -> stateCommonAnswers(method, operation));
    }

    private static void stateCommonAnswers(PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean query = has(operation, Parameter.In.QUERY);
        boolean path = has(operation, Parameter.In.PATH);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getSchema() != null)
                    .forEach(p -> anchorPatterns(p.getSchema()));
        }
        if (body) {
            state(operation, "400", "UNREADABLE_BODY: the body is not JSON this operation reads; DUPLICATE_KEY: "
                    + "the body gives a key twice (errors[0].field names it); UNSUPPORTED_CHARACTER: NUL (U+0000)");
            state(operation, "408", "REQUEST_BODY_TIMEOUT: the body did not arrive in time; the connection is closed");
            state(operation, "415", "HTTP_415: the body is not sent as application/json");
        } else if (path || query) {
            state(operation, "400", "UNSUPPORTED_CHARACTER: the address holds NUL (U+0000)");
        }
        String agencyNotFound = "AGENCY_NOT_FOUND: ?agency= names no agency that serves through this system (a wrong "
                + "code, or an agency the platform deactivated)";
        if (path) {
            state(operation, "404", "NOT_FOUND: nothing has the identifier in the path (the detail names it)"
                    + (namesAgency(operation) ? "; " + agencyNotFound : ""));
        } else if (namesAgency(operation)) {
            state(operation, "404", agencyNotFound);
        }
        if (body || query) {
            state(operation, "422", "INVALID: a field or query parameter cannot be used, such as a value of the wrong "
                    + "JSON type, out of its range or not matching its pattern (errors[].field names each, and the "
                    + "message what it takes)");
        }
        if (secured) {
            state(operation, "401", "UNAUTHENTICATED: no valid sign-in or device key");
            state(operation, "403", "FORBIDDEN: this account or device may not do this"
                    + (change ? "; FOREIGN_ORIGIN: sent by a page of another site" : ""));
            alsoBySession(operation);
        } else if (change) {
            state(operation, "403", "FOREIGN_ORIGIN: sent by a page of another site");
        }
        state(operation, "429", "TOO_MANY_CONCURRENT_REQUESTS: this client has too many requests in progress, or "
                + "TOO_MANY_REQUESTS: a public operation called too often; Retry-After says when to try again");
        state(operation, "503", "DATABASE_UNAVAILABLE: the database cannot be reached now; Retry-After says when to "
                + "try again");
        describeBareErrors(operation);
    }

    private static boolean namesAgency(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && AGENCY.equals(p.getName()));
    }

    private static boolean has(Operation operation, Parameter.In in) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    /** Every operation that takes HTTP Basic also takes the staff screens' session cookie. */
    private static void alsoBySession(Operation operation) {
        boolean basic = operation.getSecurity().stream().anyMatch(r -> r.hasScheme(BASIC));
        boolean session = operation.getSecurity().stream().anyMatch(r -> r.hasScheme(SESSION));
        if (basic && !session) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SESSION));
        }
    }

    private static void declareSchemes(Components components) {
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("servicepoint-session")
                .description("Staff screens: the session cookie the sign-in form (POST /j_security_check) sets"));
        components.addSecurityScheme(DEVICE_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(DeviceKeySource.HEADER)
                .description("Kiosks and screens: the device key an administrator issued"));
        components.addSecurityScheme(DEVICE_KEY_QUERY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY).name(DeviceKeySource.QUERY)
                .description("The device key as ?key=, where a header cannot be set (a bookmarked screen address)"));
    }

    /**
     * Jackson writes every field of a record, null ones too; a field that is not required may be null. (SmallRye marks
     * required what must be there: @NotNull and friends.)
     */
    private static void nullableUnlessRequired(Map<String, Schema> components, Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(components, property));
        schema.setProperties(properties);
    }

    /**
     * OpenAPI 3.0 has no null next to a reference ({@code nullable} beside {@code $ref} is ignored), so a nullable
     * reference becomes a copy of the schema it names.
     */
    private static Schema nullable(Map<String, Schema> components, Schema property) {
        Schema nullable = property;
        if (property.getRef() != null) {
            Schema named = components.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
            if (named == null) {
                return property;
            }
            nullable = OASFactory.createSchema();
            nullable.setAll(new LinkedHashMap<>(named.getAll()));
            if (property.getDescription() != null) {
                nullable.setDescription(property.getDescription());
            }
        }
        if (nullable.getType() != null && !nullable.getType().contains(Schema.SchemaType.NULL)) {
            nullable.addType(Schema.SchemaType.NULL);
        }
        if (nullable.getEnumeration() != null && !nullable.getEnumeration().contains(null)) {
            nullable.addEnumeration(null);
        }
        return nullable;
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value; in JSON Schema a pattern matches anywhere in it, so
     * the document states it anchored.
     */
    private static void anchorPatterns(Schema schema) {
        if (schema.getPattern() != null && !schema.getPattern().startsWith("^")
                && !NOT_BLANK.equals(schema.getPattern())) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ProblemResponses::anchorPatterns);
        }
        if (schema.getItems() != null) {
            anchorPatterns(schema.getItems());
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(ProblemResponses::anchorPatterns);
        }
    }

    /** Adds the answer, or describes it where it is listed bare (SmallRye lists "400 Bad Request" for validated bodies). */
    private static void state(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse listed = operation.getResponses().getAPIResponse(status);
        if (listed == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (listed.getContent() == null && isGeneric(listed.getDescription())) {
            listed.description(description);
        }
    }

    /** What SmallRye writes for an answer it adds itself. */
    private static boolean isGeneric(String description) {
        return description == null || List.of("Not Authorized", "Not Allowed", "Bad Request").contains(description);
    }

    /** Every error answer is a problem+json, also those an operation lists with a description only. */
    private static void describeBareErrors(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                    response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
                }
            }
        });
    }

    /** {@link Problem} as it goes on the wire (RFC 9457, with Thai next to English). */
    private static Schema problemSchema() {
        Schema field = object(Map.of("field", string(), "message", string(), "messageTh", string()));
        return object(Map.of("type", string(), "title", string(), "status", OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER), "code", string(), "detail", string(), "detailTh", string(),
                "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(field)))
                .required(List.of("type", "title", "status", "code", "detail", "detailTh"));
    }

    private static Schema object(Map<String, Schema> properties) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(properties);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
