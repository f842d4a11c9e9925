package th.servicepoint.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States in the OpenAPI document the refusals every operation of a kind can give, from {@link ProblemMappers} and
 * {@link WholeNumberParams} rather than from the operation itself: 400 for a body that is no JSON or gives a key twice,
 * 422 for a query parameter that cannot be used. An operation that describes its own keeps it. docs/api-errors.md lists
 * the problem codes.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getRequestBody() != null) {
            state(operation, "400", "UNREADABLE_BODY: the body is not JSON this operation reads; DUPLICATE_KEY: "
                    + "the body gives a key twice (errors[0].field names it)");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            state(operation, "422", "INVALID: a query parameter cannot be used, such as a number that is not a "
                    + "whole number in its range (errors[0].field names it and the message the values it takes)");
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(PROBLEM_SCHEMA)) {
            openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        }
    }

    /** Adds the answer, or describes it where it is listed bare (SmallRye lists "400 Bad Request" for validated bodies). */
    private static void state(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse listed = operation.getResponses().getAPIResponse(status);
        if (listed == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse());
            listed = operation.getResponses().getAPIResponse(status);
        }
        if (listed.getContent() == null) {
            listed.description(description).content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    /** {@link Problem} as it goes on the wire (RFC 9457, with Thai next to English). */
    private static Schema problemSchema() {
        Schema field = object(Map.of("field", string(), "message", string(), "messageTh", string()));
        return object(Map.of("type", string(), "title", string(), "status", OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER), "code", string(), "detail", string(), "detailTh", string(),
                "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(field)));
    }

    private static Schema object(Map<String, Schema> properties) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(properties);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
