package no.gevinst.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.security.entity.Role;

/**
 * Lets tests outside the container make their own data over HTTP. Deployed with the tests only
 * ({@link Deployments#withTests}), never with the application.
 */
@Path("test-support")
@RequestScoped
public class TestSupportResource {

    @Inject
    TestData testData;

    @POST
    @Path("users")
    @Produces(MediaType.TEXT_PLAIN)
    public String createUser(@QueryParam("prefix") String prefix, @QueryParam("role") Role role,
            @QueryParam("password") String password) {
        return testData.createUser(prefix, role, null, password);
    }

    @POST
    @Path("recommended")
    @Produces(MediaType.TEXT_PLAIN)
    public String recommended(@QueryParam("callId") long callId, @QueryParam("count") int count,
            @QueryParam("amount") String amount, @QueryParam("recommender") String recommender) {
        return testData.recommended(callId, count, amount, recommender).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    @GET
    @Path("events")
    @Produces(MediaType.TEXT_PLAIN)
    public long countEvents(@QueryParam("kind") String kind, @QueryParam("user") String username) {
        return testData.countEvents(kind, username);
    }
}
