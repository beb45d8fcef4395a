package no.gevinst.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;

/** Administration of users through the API, in a real Payara Micro and database. */
public abstract class UsersIT {

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private static String user(String username, String roles, String municipality) {
        return """
                {"username": "%s", "fullName": "Test Bruker", "email": "%s@example.no", "roles": [%s],
                 "municipality": %s}
                """.formatted(username, username, roles, municipality == null ? "null" : "\"" + municipality + "\"");
    }

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime();
    }

    private static long id(JsonObject user) {
        return user.getJsonNumber("id").longValue();
    }

    private JsonObject created(String json) {
        var response = api().send("POST", "api/v1/users", "admin", json);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject body = Api.json(response);
        // the new user's version as ETag, for a change to send back as If-Match
        assertEquals("\"" + body.getJsonObject("user").getJsonNumber("version").longValue() + "\"",
                response.headers().firstValue("ETag").orElse(null));
        return body;
    }

    @Test
    void aMunicipalityUserHoldsNoDirectorateRoleAndEveryRuleIsAFieldMessage() {
        String name = unique("blandet");
        var mixed = api().send("POST", "api/v1/users", "admin", user(name, "\"MUNICIPALITY\", \"CASE_HANDLER\"", "3301"),
                "Accept-Language", "en");
        assertEquals(400, mixed.statusCode(), mixed.body());
        assertEquals("A municipality user cannot also hold a directorate role.",
                Api.json(mixed).getJsonArray("errors").getJsonObject(0).getString("message"));
        var noMunicipality = api().send("POST", "api/v1/users", "admin", user(name, "\"MUNICIPALITY\"", null));
        assertEquals(400, noMunicipality.statusCode());
        assertEquals("municipality", Api.json(noMunicipality).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Api.json(api().get("api/v1/users?q=" + name, "admin")).getInt("total"), "nothing stored");

        JsonObject several = created(user(unique("leder"), "\"CASE_HANDLER\", \"MANAGEMENT\"", null)).getJsonObject("user");
        assertEquals(Set.of("CASE_HANDLER", "MANAGEMENT"), several.getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).collect(Collectors.toSet()), "a directorate user may hold several");

        for (String notAdmin : new String[] {"saksbehandler1", "godkjenner1", "ledelse", "kommune.voss"}) {
            assertEquals(403, api().send("POST", "api/v1/users", notAdmin, user(unique("x"), "\"MANAGEMENT\"", null))
                    .statusCode(), notAdmin);
        }
    }

    @Test
    void aNewUserMustChangeTheTemporaryPasswordBeforeUsingTheApi() {
        String name = unique("ny.kommune");
        JsonObject created = created(user(name, "\"MUNICIPALITY\"", "4621"));
        String temporary = created.getString("temporaryPassword");
        assertTrue(created.getJsonObject("user").getBoolean("mustChangePassword"));
        var refused = api().get("api/v1/applications", name, temporary, "en");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(Api.json(refused).getString("detail").contains("temporary password"), refused.body());

        var events = Api.json(api().get("api/v1/events?entity=UserAccount&entityId=" + id(created.getJsonObject("user")),
                "admin")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("USER_CREATED", events.get(0).getString("kind"));
        assertTrue(events.get(0).getString("details").contains("[MUNICIPALITY] for 4621"), events.get(0).toString());
    }

    @Test
    void aDeactivatedUserCannotLogInByPageOrApiAndAnAdminCanUnlockAndReactivate() {
        String name = unique("saksbehandler");
        JsonObject created = created(user(name, "\"CASE_HANDLER\"", null));
        long id = id(created.getJsonObject("user"));
        String password = created.getString("temporaryPassword");

        assertEquals(200, api().send("POST", "api/v1/users/" + id + "/deactivate", "admin", null).statusCode());
        assertEquals(401, api().get("api/v1/calls", name, password, null).statusCode(), "API refused");
        var refusedPage = WebSession.attemptLogin(Deployments.onLoopback(base), name, password);
        assertEquals(200, refusedPage.statusCode(), "page login refused: the form again, not a session");
        assertTrue(refusedPage.body().contains("login:username") && refusedPage.body().contains("Innloggingen mislyktes"),
                refusedPage.body());

        JsonObject reactivated = Api.json(api().send("POST", "api/v1/users/" + id + "/reactivate", "admin", null));
        assertTrue(reactivated.getBoolean("active"));
        for (int attempt = 0; attempt < 5; attempt++) {
            api().get("api/v1/calls", name, "wrong-password", null);
        }
        assertTrue(Api.json(api().get("api/v1/users/" + id, "admin")).getBoolean("locked"));
        JsonObject unlocked = Api.json(api().send("POST", "api/v1/users/" + id + "/unlock", "admin", null));
        assertFalse(unlocked.getBoolean("locked"));
        WebSession.login(Deployments.onLoopback(base), name, password);

        var kinds = Api.json(api().get("api/v1/events?entity=UserAccount&entityId=" + id + "&size=100", "admin"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind"))
                .collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("USER_CREATED", "USER_DEACTIVATED", "USER_REACTIVATED", "ACCOUNT_LOCKED",
                "USER_UNLOCKED")), kinds.toString());
    }

    @Test
    void theLastActiveAdministratorIsNeverRemoved() {
        long admin = Api.json(api().get("api/v1/users/me", "admin")).getJsonNumber("id").longValue();
        JsonObject second = created(user(unique("admin2"), "\"ADMIN\"", null)).getJsonObject("user");
        long secondId = id(second);

        String etag = api().get("api/v1/users/" + secondId, "admin").headers().firstValue("ETag").orElseThrow();
        var demoted = api().send("PUT", "api/v1/users/" + secondId, "admin",
                user(second.getString("username"), "\"MANAGEMENT\"", null), "If-Match", etag);
        assertEquals(200, demoted.statusCode(), "another administrator remains: " + demoted.body());

        var lastDeactivated = api().send("POST", "api/v1/users/" + admin + "/deactivate", "admin", null, "Accept-Language", "nb");
        assertEquals(409, lastDeactivated.statusCode(), lastDeactivated.body());
        assertTrue(Api.json(lastDeactivated).getString("detail").startsWith("Dette er den siste aktive administratoren"));
        String adminTag = api().get("api/v1/users/" + admin, "admin").headers().firstValue("ETag").orElseThrow();
        var lastDemoted = api().send("PUT", "api/v1/users/" + admin, "admin", user("admin", "\"MANAGEMENT\"", null),
                "If-Match", adminTag);
        assertEquals(409, lastDemoted.statusCode(), lastDemoted.body());
        var admins = Api.json(api().get("api/v1/users?role=ADMIN&active=true&size=500", "admin")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).collect(Collectors.toSet());
        assertTrue(admins.contains("admin") && !admins.contains(second.getString("username")), admins.toString());
        JsonObject stillAdmin = Api.json(api().get("api/v1/users/" + admin, "admin"));
        assertTrue(stillAdmin.getBoolean("active"));
        assertEquals("ADMIN", stillAdmin.getJsonArray("roles").getString(0));
    }
}
