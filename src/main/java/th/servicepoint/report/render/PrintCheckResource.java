package th.servicepoint.report.render;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import th.servicepoint.common.ThaiDates;
import th.servicepoint.security.Role;

/** A Thai sample page printed to PDF, so an administrator can see that this server prints reports properly. */
@Path("/api/v1/admin/print-check")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin")
public class PrintCheckResource {

    private final Template check;
    private final PdfPrinter printer;
    private final Clock clock;

    PrintCheckResource(@Location("print/check") Template check, PdfPrinter printer, Clock clock) {
        this.check = check;
        this.printer = printer;
        this.clock = clock;
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "A Thai sample page as PDF: checks that Chromium and the Sarabun font print on this server")
    public byte[] pdf() {
        return printer.print(html());
    }

    @GET
    @Path("html")
    @Produces("text/html")
    @Operation(summary = "The same sample page as the HTML that is printed")
    public String html() {
        return check.data("printedAt", ThaiDates.thai(LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK))).render();
    }
}
