package no.gevinst.applications.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.support.Api;
import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls and applications through the API, in a real Payara Micro and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private static String call(String title, String frame, int firstWeight, String opens, String closes) {
        return """
                {"budgetYear": 2027, "title": "%s", "opensOn": "%s", "closesOn": "%s", "frame": "%s",
                 "withheldPercent": 20, "maxCostSharePercent": 50, "budgetChapterPost": "kap. 761 post 65",
                 "subjectToBudgetDecision": true, "categories": ["WELFARE_TECHNOLOGY", "DATA_SHARING"],
                 "criteria": [{"name": "Gevinster", "weight": %d}, {"name": "Gjennomførbarhet", "weight": 40}]}
                """.formatted(title, opens, closes, frame, firstWeight);
    }

    private long callCount() {
        return Api.json(api().get("api/v1/calls?size=1", "admin")).getJsonNumber("total").longValue();
    }

    @Test
    void everyRoleReadsTheOpenDemoCallWithItsCategoriesAndCriteria() {
        for (String user : new String[] {"kommune.voss", "saksbehandler1", "ledelse"}) {
            var response = api().get("api/v1/calls", user);
            assertEquals(200, response.statusCode(), user);
        }
        JsonObject demo = Api.json(api().get("api/v1/calls?size=500", "kommune.drammen")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow();
        assertEquals("300000000.00", demo.getString("frame"));
        assertEquals(20, demo.getJsonNumber("withheldPercent").intValue());
        assertEquals(5, demo.getJsonArray("categories").size());
        int weights = demo.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .mapToInt(c -> c.getInt("weight")).sum();
        assertEquals(100, weights);
    }

    @Test
    void anAdministratorCreatesACallThatEveryoneCanRead() {
        var created = api().send("POST", "api/v1/calls", "admin", call("Ny utlysning", "150000000.00", 60, "2027-01-15", "2027-04-01"));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject body = Api.json(created);
        assertTrue(location.endsWith("/api/v1/calls/" + body.getJsonNumber("id").longValue()), location);
        assertEquals("\"" + body.getJsonNumber("version").longValue() + "\"", created.headers().firstValue("ETag").orElseThrow());

        var read = api().get("api/v1/calls/" + body.getJsonNumber("id").longValue(), "kommune.voss");
        assertEquals(200, read.statusCode());
        JsonObject call = Api.json(read);
        assertEquals("150000000.00", call.getString("frame"));
        assertEquals("kap. 761 post 65", call.getString("budgetChapterPost"));
        assertTrue(call.getBoolean("subjectToBudgetDecision"));
        assertEquals(Set.of("WELFARE_TECHNOLOGY", "DATA_SHARING"), call.getJsonArray("categories")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet()));
        assertEquals("Gevinster", call.getJsonArray("criteria").getJsonObject(0).getString("name"));
    }

    @Test
    void onlyAnAdministratorMayCreateACall() {
        long before = callCount();
        for (String user : new String[] {"kommune.voss", "saksbehandler1", "godkjenner1", "ledelse"}) {
            var response = api().send("POST", "api/v1/calls", user, call("Ikke lov", "1.00", 60, "2027-01-01", "2027-02-01"));
            assertEquals(403, response.statusCode(), user + ": " + response.body());
        }
        assertEquals(before, callCount());
    }

    @Test
    void brokenRulesAreRefusedWithAMessageAtEachFieldAndNothingIsStored() {
        long before = callCount();
        var response = api().send("POST", "api/v1/calls", "admin",
                call("Feil", "12,5", 50, "2027-03-01", "2027-02-01"), "Accept-Language", "nn");
        assertEquals(400, response.statusCode(), response.body());
        var errors = Api.json(response).getJsonArray("errors").getValuesAs(JsonObject.class);
        var byField = errors.stream().collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals("Skriv beløpet i kroner med høgst to desimalar, til dømes 1250000.00.", byField.get("frame"));
        assertEquals("Fristen kan ikkje vere før utlysinga opnar.", byField.get("closesOn"));
        assertEquals("Vektene må til saman vere 100, no er dei 90.", byField.get("criteria"));
        assertEquals(before, callCount());
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeFromAndNeverOverwritesAnotherChange() {
        var created = Api.json(api().send("POST", "api/v1/calls", "admin", call("Versjonert", "1000000.00", 60, "2027-01-15", "2027-04-01")));
        long id = created.getJsonNumber("id").longValue();
        String path = "api/v1/calls/" + id;
        String etag = api().get(path, "admin").headers().firstValue("ETag").orElseThrow();

        var withoutVersion = api().send("PUT", path, "admin", call("Uten versjon", "1000000.00", 60, "2027-01-15", "2027-04-01"));
        assertEquals(428, withoutVersion.statusCode(), withoutVersion.body());

        var changed = api().send("PUT", path, "admin", call("Første endring", "2000000.00", 70, "2027-01-15", "2027-04-01").replace("\"weight\": 40", "\"weight\": 30"), "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("2000000.00", Api.json(changed).getString("frame"));
        assertTrue(!etag.equals(changed.headers().firstValue("ETag").orElseThrow()));

        var stale = api().send("PUT", path, "admin", call("Andre endring", "3000000.00", 60, "2027-01-15", "2027-04-01"), "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        JsonObject now = Api.json(api().get(path, "admin"));
        assertEquals("Første endring", now.getString("title"));
        assertEquals("2000000.00", now.getString("frame"));

        var events = Api.json(api().get("api/v1/events?entity=Call&entityId=" + id, "admin")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind") + " by " + e.getString("user"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("CALL_CREATED by admin", "CALL_REVISED by admin"), events);
    }

    @Test
    void anUnknownCallIs404() {
        HttpResponse<String> response = api().get("api/v1/calls/987654321", "admin");
        assertEquals(404, response.statusCode());
        assertEquals(404, api().send("PUT", "api/v1/calls/987654321", "admin",
                call("X", "1.00", 60, "2027-01-01", "2027-02-01"), "If-Match", "\"0\"").statusCode());
    }
}
