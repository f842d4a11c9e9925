package th.servicepoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every request a test sends to the API, and its answer, against the OpenAPI document the application serves:
 * a test that gets an answer the document does not state (a status, a field, a null, a type) fails, so the document
 * integrators read is what the service does. Installed for every @QuarkusTest by {@link OpenApiContractCallback}.
 * Addresses outside the API (health, screens, the sign-in form) pass unchecked.
 */
public final class OpenApiContract implements OrderedFilter {

    /**
     * Added to a request a test sends wrong on purpose (a wrong type, a missing field, no credentials, an unknown
     * address): the request is not checked, the answer still is.
     */
    public static final Filter UNCHECKED_REQUEST = (request, response, context) -> context.next(request, response);

    private static final String API = "/api/";
    /** What only a request made wrong on purpose brings about: no answer of the document can be checked then. */
    private static final List<String> WRONG_ADDRESS = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    private OpenApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The contract served at {@code managementUri}/openapi. */
    static OpenApiContract servedAt(String managementUri) {
        String document = fetch(managementUri + "/openapi?format=json");
        return new OpenApiContract(OpenApiInteractionValidator.createForInlineApiSpecification(document).build());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith(API)) {
            return response;
        }
        cookiesAsHeader(request);
        ValidationReport found = uncheckedRequest(request)
                ? validator.validateResponse(path, Request.Method.valueOf(request.getMethod()),
                        RestAssuredResponse.of(response))
                : validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        ValidationReport report = uncheckedRequest(request) ? ValidationReport.from(found.getMessages().stream()
                .filter(message -> !WRONG_ADDRESS.contains(message.getKey())).toList()) : found;
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " → " + response.statusCode()
                    + " breaks the OpenAPI document:\n" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nanswer: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * REST Assured keeps cookies apart from the headers, where the validator looks for the staff session cookie. The
     * request is sent already; this changes only what is checked.
     */
    private static void cookiesAsHeader(FilterableRequestSpecification request) {
        if (request.getCookies().exist() && !request.getHeaders().hasHeaderWithName("Cookie")) {
            request.header("Cookie", request.getCookies().asList().stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
    }

    private static boolean uncheckedRequest(FilterableRequestSpecification request) {
        return request.getDefinedFilters().contains(UNCHECKED_REQUEST);
    }

    /** Runs next to the HTTP call, after any filter that changes the request. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    private static String fetch(String uri) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
    }
}
