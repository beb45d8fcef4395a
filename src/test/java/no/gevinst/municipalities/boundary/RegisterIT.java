package no.gevinst.municipalities.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import org.junit.jupiter.api.Test;

/** The administrators' upkeep of the municipality register, in a real Payara Micro and database. */
public abstract class RegisterIT {

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private static String register2024() throws IOException {
        try (InputStream in = RegisterIT.class.getResourceAsStream("/reference/kommuner_2024.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> numbers(JsonObject diff, String list) {
        return diff.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(c -> c.getString("number")).toList();
    }

    private JsonObject send(String query, String csv, String user) {
        var response = api().send("POST", "api/v1/municipalities/register" + query, user, csv, "Content-Type", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    @Test
    void aNewRegisterIsComparedFirstAndThenAppliedFromItsDateWithoutDeletingAnything() throws IOException {
        String original = register2024();
        String changed = original
                .replace("\n4620,Ulvik,", "\n4620,Ulvik herad,")
                .replaceAll("\n4623,Samnanger,[^\n]*", "")
                + "4699,Nykommune,Nykommune,Nykommune,,,Nykommune,46,Vestland,Vestland,,,,1234,10.0,Nynorsk\n";

        JsonObject dryRun = send("?dryRun=true", changed, "admin");
        assertFalse(dryRun.getBoolean("applied"));
        assertEquals(List.of("4699"), numbers(dryRun, "added"));
        assertEquals(List.of("4620"), numbers(dryRun, "changed"));
        JsonObject renamed = dryRun.getJsonArray("changed").getJsonObject(0);
        assertEquals("Ulvik", renamed.getString("nameBefore"));
        assertEquals("Ulvik herad", renamed.getString("nameAfter"));
        assertEquals(List.of("4623"), numbers(dryRun, "removed"));
        assertEquals("Ulvik", Api.json(api().get("api/v1/municipalities/4620", "admin")).getString("name"),
                "a dry run changes nothing");
        assertEquals(404, api().get("api/v1/municipalities/4699", "admin").statusCode());

        var broken = api().send("POST", "api/v1/municipalities/register?dryRun=true", "admin",
                original + "12,Feil,Feil,Feil,,,Feil,46,Vestland,Vestland,,,,1,1.0,Nynorsk\n", "Content-Type", "text/csv",
                "Accept-Language", "en");
        assertEquals(400, broken.statusCode());
        assertTrue(Api.json(broken).getJsonArray("errors").getJsonObject(0).getString("message")
                .endsWith("\"12\" is not a four-digit municipality number."), broken.body());
        assertEquals(403, api().send("POST", "api/v1/municipalities/register?dryRun=true", "ledelse", changed,
                "Content-Type", "text/csv").statusCode());

        // Applied far ahead, so that the register in force today, which other tests read, stays as it is.
        String ahead = original.replaceAll("\n4624,[^\n]*", "")
                + "4699,Nykommune,Nykommune,Nykommune,,,Nykommune,46,Vestland,Vestland,,,,1234,10.0,Nynorsk\n";
        JsonObject applied = send("?dryRun=false&validFrom=2100-01-01", ahead, "admin");
        assertTrue(applied.getBoolean("applied"));
        assertEquals(List.of("4699"), numbers(applied, "added"));
        assertEquals(List.of("4624"), numbers(applied, "removed"));
        JsonObject added = Api.json(api().get("api/v1/municipalities/4699", "admin"));
        assertEquals("2100-01-01", added.getString("validFrom"));
        JsonObject ended = Api.json(api().get("api/v1/municipalities/4624", "admin"));
        assertEquals("2099-12-31", ended.getString("validTo"), "ended, never deleted");
        assertEquals(357, Api.json(api().get("api/v1/municipalities?size=1", "kommune.voss")).getInt("total"),
                "today's register is unchanged");
        assertEquals(358, Api.json(api().get("api/v1/municipalities?size=1&includeNotInForce=true", "admin")).getInt("total"));
    }

    @Test
    void anAdministratorKeepsTheContactEmailBankAccountAndLanguageForm() {
        String path = "api/v1/municipalities/4622";
        String etag = api().get(path, "admin").headers().firstValue("ETag").orElseThrow();
        var wrong = api().send("PUT", path, "admin",
                "{\"contactEmail\": \"post@kvam.kommune.no\", \"bankAccount\": \"8601 11 17948\", \"languageForm\": \"NYNORSK\"}",
                "If-Match", etag);
        assertEquals(400, wrong.statusCode());
        assertEquals("bankAccount", Api.json(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
        var changed = api().send("PUT", path, "admin",
                "{\"contactEmail\": \"post@kvam.kommune.no\", \"bankAccount\": \"8601 11 17947\", \"languageForm\": \"NYNORSK\"}",
                "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("86011117947", Api.json(changed).getString("bankAccount"));
        assertEquals(403, api().send("PUT", path, "saksbehandler1", "{}", "If-Match", etag).statusCode());
        var events = Api.json(api().get("api/v1/events?entity=Municipality&entityId=4622", "admin")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals("MUNICIPALITY_CHANGED", events.get(0).getString("kind"));
        assertTrue(events.get(0).getString("details").contains("-> email post@kvam.kommune.no, account 86011117947"),
                events.get(0).toString());
    }
}
