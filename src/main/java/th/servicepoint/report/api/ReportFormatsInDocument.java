package th.servicepoint.report.api;

import java.util.Arrays;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import th.servicepoint.report.render.ReportFormat;

/**
 * The report's operations answer in the form {@code ?format=} names, which one annotation cannot list: every
 * {@link ReportFormat} goes into their 200.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ReportFormatsInDocument implements OASFilter {

    private static final String API = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (path.startsWith(API) && get != null && takesFormat(get)) {
                addFormats(get.getResponses().getAPIResponse("200"));
            }
        });
    }

    private static boolean takesFormat(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "format".equals(p.getName()));
    }

    private static void addFormats(APIResponse ok) {
        if (ok == null) {
            return;
        }
        Content content = ok.getContent() != null ? ok.getContent() : OASFactory.createContent();
        Arrays.stream(ReportFormat.values()).filter(format -> format != ReportFormat.JSON)
                .map(format -> format.mediaType().split(";")[0])
                .forEach(type -> content.addMediaType(type, OASFactory.createMediaType().schema(file())));
        ok.setContent(content);
    }

    private static Schema file() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary");
    }
}
