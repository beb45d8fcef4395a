package no.gevinst.cases.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import no.gevinst.applications.boundary.CurrentApplication;
import no.gevinst.platform.entity.ApplicationRead;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.rest.VersionTags;

/**
 * Writes the answer of every act on an application ({@link CurrentApplication}, from whichever component's resource
 * took the act) as the whole application the caller may read, with its version as ETag. An act's component cannot
 * write it itself: the application's representation holds its assessment, grant and benefits, which lie above the
 * components that act on it. It runs before {@link VersionTags}, which answers the view's version as ETag (response
 * filters run from the highest priority down).
 */
@Provider
@Priority(Priorities.USER + 100)
public class ApplicationResponses implements ContainerResponseFilter {

    @Inject
    ApplicationViews views;

    @Inject
    Event<ApplicationRead> reads;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof CurrentApplication current) {
            ApplicationView view = views.of(current.id(), Languages.preferred(request.getAcceptableLanguages()));
            response.setEntity(view, response.getEntityAnnotations(), response.getMediaType());
            if (HttpMethod.GET.equals(request.getMethod())) {
                reads.fire(ApplicationRead.of(current.id(), ReadPart.APPLICATION));
            }
        }
    }
}
