package no.gevinst.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.boundary.AttachmentView;
import no.gevinst.applications.boundary.SubmissionView;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.Downloads;
import no.gevinst.platform.rest.PayloadTooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents of a case: attachments while the application is drafted or returned, and after the grant the
 * evidence of a milestone report or of the operation report; downloads for the application's readers.
 */
@Tag(name = "cases")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AttachmentsResource {

    @Inject
    Applications applications;

    @Inject
    Grants grants;

    @Context
    UriInfo uri;

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a PDF of at most 20 MB, in the form part named 'file' (MUNICIPALITY). After the grant,"
            + " evidence: with a part 'milestone' (its id) for a milestone report, or 'operation' for the operation"
            + " report")
    @APIResponse(responseCode = "201", description = "The attachment stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                        description = "The PDF, with its file name"),
                @SchemaProperty(name = "milestone", type = SchemaType.INTEGER, format = "int64",
                        description = "After the grant: the milestone this is evidence for"),
                @SchemaProperty(name = "operation", type = SchemaType.STRING,
                        description = "After the grant, with any value: evidence for the operation report")})))
    public Response attachFile(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = part(parts, "file")
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("file", "validation.required")),
                        Application.LABELS));
        String fileName = file.getFileName().map(AttachmentsResource::utf8).orElse(null);
        byte[] content = read(file.getContent());
        Optional<String> milestone = part(parts, "milestone").map(AttachmentsResource::text);
        Attachment attachment;
        if (milestone.isPresent()) {
            attachment = grants.attachEvidence(id, milestoneId(milestone.get()), fileName, content);
        } else if (part(parts, "operation").isPresent()) {
            attachment = grants.attachEvidence(id, null, fileName, content);
        } else {
            attachment = applications.attach(id, fileName, content);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment.getId())).build())
                .entity(AttachmentView.of(attachment)).build();
    }

    @Operation(summary = "An attachment's file, to a reader of its application")
    @GET
    @Path("{id}/attachments/{aid}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The file as uploaded",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAttachment(@PathParam("id") long id, @PathParam("aid") long attachmentId) {
        var download = applications.download(id, attachmentId);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("{id}/submissions")
    @Operation(summary = "The application as submitted: each submission a PDF/A version, the first first (readers)")
    public List<SubmissionView> listSubmissions(@PathParam("id") long id) {
        return applications.submissions(id).stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("{id}/submissions/{number}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "One submission of the application as the PDF/A written when it was submitted (readers)")
    @APIResponse(responseCode = "200", description = "The application as it was submitted (PDF/A-2b)",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadSubmission(@PathParam("id") long id, @PathParam("number") int number) {
        SubmittedVersion version = applications.submission(id, number);
        return Downloads.pdf(version.getContent(), version.fileName());
    }

    @DELETE
    @Path("{id}/attachments/{aid}")
    @Operation(summary = "Remove an attachment from a draft or returned application (MUNICIPALITY)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("aid") long attachmentId) {
        applications.detach(id, attachmentId);
        return Response.noContent().build();
    }

    /** The form's part of that name; none when the request had no form at all (no body, no Content-Type). */
    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty()
                : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(EntityPart part) {
        return new String(read(part.getContent()), StandardCharsets.UTF_8).trim();
    }

    private static long milestoneId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(Violation.of("milestone", "validation.number")), Application.LABELS);
        }
    }

    /**
     * Browsers send a file name's UTF-8 bytes as they are, and the multipart reader takes them for ISO-8859-1;
     * such a name is decoded again as UTF-8 when its bytes are valid UTF-8.
     */
    static String utf8(String fileName) {
        if (fileName.chars().anyMatch(c -> c > 0xFF) || fileName.chars().allMatch(c -> c < 0x80)) {
            return fileName;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(fileName.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return fileName;
        }
    }

    /** Reads an upload, refusing it as soon as it passes the limit rather than after holding all of it. */
    private static byte[] read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > Attachment.MAX_BYTES) {
                    throw new PayloadTooLargeException("problem.uploadTooLarge", Attachment.MAX_BYTES);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
