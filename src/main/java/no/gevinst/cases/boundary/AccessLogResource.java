package no.gevinst.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.tracking.boundary.AccessLog;
import no.gevinst.tracking.boundary.AccessRecordView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who has read our case: the application's access log, for the municipality whose case it is (lead and partners)
 * and for the directorate's administrators, who see no more of the application than that it exists.
 */
@Tag(name = "cases")
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccessLogResource {

    @Inject
    Applications applications;

    @Inject
    AccessLog accessLog;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/access-log")
    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ADMIN})
    @Operation(summary = "Who in the directorate, or which system, read the application or its documents, and when,"
            + " the latest first (the applicant's users, ADMIN)",
            description = "One record per request that read the application: its page or GET /applications/{id}, its"
                    + " history, a version as submitted, an attachment, evidence or a letter. The municipality's own"
                    + " reads, and its partners', are not recorded. Records are kept for the retention period (five"
                    + " years by default).")
    public PageView<AccessRecordView> accessLog(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        if (security.isUserInRole(Role.Names.MUNICIPALITY)) {
            applications.get(id);
        } else if (!applications.exists(id)) {
            throw new NotFoundException(Applications.ENTITY + " " + id);
        }
        return PageView.of(accessLog.of(id, paging.page(), paging.size()), AccessRecordView::of);
    }
}
