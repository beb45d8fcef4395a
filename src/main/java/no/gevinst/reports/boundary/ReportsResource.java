package no.gevinst.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.rest.Codes;
import no.gevinst.reports.entity.ReportFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "reports")
@Path("reports")
@RequestScoped
public class ReportsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{name}")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "An Excel report from the catalogue in reports/ (MANAGEMENT, APPROVER), in the language of"
            + " Accept-Language; filters budgetYear, callId, county (number), category and status (codes)")
    @APIResponse(responseCode = "200", description = "The report as an Excel workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response excelReport(@PathParam("name") String name, @QueryParam("budgetYear") String budgetYear,
            @QueryParam("callId") String callId, @QueryParam("county") String county,
            @QueryParam("category") String category, @QueryParam("status") String status) {
        ReportFilter filter = filter(budgetYear, callId, county, category, status);
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
        java.nio.file.Path file = reports.build(name, filter, locale);
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\""
                + fileName(name, LocalDate.now(ZoneId.of("Europe/Oslo"))) + "\"").build();
    }

    public static String fileName(String report, LocalDate day) {
        return "gevinst-" + report + "-" + day + ".xlsx";
    }

    static ReportFilter filter(String budgetYear, String callId, String county, String category, String status) {
        List<Violation> unreadable = new ArrayList<>();
        Integer year = null;
        if (budgetYear != null && !budgetYear.isBlank()) {
            try {
                year = Integer.valueOf(budgetYear.trim());
            } catch (NumberFormatException e) {
                unreadable.add(Violation.of("budgetYear", "validation.unknownValue", budgetYear));
            }
        }
        Long call = null;
        if (callId != null && !callId.isBlank()) {
            try {
                call = Long.valueOf(callId.trim());
            } catch (NumberFormatException e) {
                unreadable.add(Violation.of("callId", "validation.unknownValue", callId));
            }
        }
        String countyNumber = county == null || county.isBlank() ? null : county.trim();
        if (countyNumber != null && !countyNumber.matches("\\d{2}")) {
            unreadable.add(Violation.of("county", "validation.unknownValue", county));
        }
        var filter = new ReportFilter(year, call, countyNumber,
                Codes.parse(TechnologyCategory.class, category, "category", unreadable),
                Codes.parse(ApplicationStatus.class, status, "status", unreadable));
        InvalidInputException.throwIfAny(unreadable);
        return filter;
    }
}
