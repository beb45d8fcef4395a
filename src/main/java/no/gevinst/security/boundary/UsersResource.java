package no.gevinst.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.platform.rest.PreconditionRequiredException;
import no.gevinst.platform.rest.Versioned;
import no.gevinst.security.entity.UserAccount;
import no.gevinst.security.entity.UserProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "security")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class UsersResource {

    /** A user as the API shows them; never the password hash. */
    @JsonbNillable
    public record UserView(long id, String username, String fullName, String email, String preferredLanguage,
            List<Role> roles, String municipality, boolean active, boolean locked, boolean mustChangePassword,
            long version) implements Versioned {
    }

    /** A new user or a reset password: the temporary password is shown this once. */
    public record WithTemporaryPassword(UserView user, String temporaryPassword) implements Versioned {
        @Override
        public long version() {
            return user.version();
        }
    }

    /** A user as an administrator writes them. */
    public static class UserRequest {
        public String username;
        public String fullName;
        public String email;
        public String preferredLanguage;
        @Schema(type = SchemaType.ARRAY, implementation = Role.class)
        public List<String> roles;
        public String municipality;
    }

    @Inject
    Users users;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Users, by username (ADMIN)")
    public PageView<UserView> listUsers(@QueryParam("q") String text, @QueryParam("role") String role,
            @QueryParam("active") Boolean active, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Role roleFilter = null;
        if (role != null && !role.isBlank()) {
            roleFilter = roles(List.of(role)).iterator().next();
        }
        return PageView.of(users.search(text, roleFilter, active, paging.page(), paging.size()), this::view);
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own account (every role)")
    public UserView me() {
        return view(users.me());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user (ADMIN)")
    public UserView getUser(@PathParam("id") long id) {
        UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("UserAccount " + id));
        return view(account);
    }

    @POST
    @Operation(summary = "Create a user (ADMIN); the answer carries their temporary password, shown once")
    @APIResponse(responseCode = "201", description = "The user created, with a temporary password shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WithTemporaryPassword.class)))
    public Response createUser(UserRequest request) {
        Users.Created created = users.create(profile(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.account().getId())).build())
                .entity(new WithTemporaryPassword(view(created.account()), created.temporaryPassword())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user's name, email, language and roles (ADMIN); If-Match carries the version")
    public UserView reviseUser(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, UserRequest request) {
        long version = PreconditionRequiredException.version(ifMatch);
        UserAccount account = users.revise(id, version, profile(request));
        return view(account);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a user (ADMIN): they can no longer log in; the last administrator stays")
    public UserView deactivateUser(@PathParam("id") long id) {
        return view(users.deactivate(id));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Let a deactivated user log in again (ADMIN)")
    public UserView reactivateUser(@PathParam("id") long id) {
        return view(users.reactivate(id));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after failed logins (ADMIN)")
    public UserView unlockUser(@PathParam("id") long id) {
        return view(users.unlock(id));
    }

    @POST
    @Path("{id}/reset-password")
    @Operation(summary = "Give a user a new temporary password, shown once (ADMIN)")
    public WithTemporaryPassword resetPassword(@PathParam("id") long id) {
        Users.Created reset = users.resetPassword(id);
        return new WithTemporaryPassword(view(reset.account()), reset.temporaryPassword());
    }

    private UserView view(UserAccount account) {
        return new UserView(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getPreferredLanguage().orElse(null), List.copyOf(account.getRoles()),
                account.getMunicipality().map(m -> m.getNumber()).orElse(null), account.isActive(),
                account.getLockout().isLockedAt(clock.instant()), account.isMustChangePassword(), account.getVersion());
    }

    private static UserProfile profile(UserRequest request) {
        InvalidInputException.requireBody(request);
        return new UserProfile(request.username, request.fullName, request.email, request.preferredLanguage,
                roles(request.roles == null ? List.of() : request.roles), request.municipality);
    }

    private static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<Violation> unknown = new ArrayList<>();
        for (String code : codes) {
            try {
                roles.add(Role.valueOf(code));
            } catch (IllegalArgumentException | NullPointerException e) {
                unknown.add(Violation.of("roles", "validation.unknownValue", String.valueOf(code)));
            }
        }
        InvalidInputException.throwIfAny(unknown);
        return roles;
    }
}
