package no.gevinst.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Who has read our case: every read of an application or its documents by the directorate, page or API, is one
 * access record that the municipality (lead and partners) and administrators read; the municipalities' own reads
 * are not recorded; a record is never changed and is deleted only after the retention period.
 */
public abstract class AccessLogIT {

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    /** Drammen's application with Voss as partner and one attachment, submitted; returns {id, attachment id}. */
    private long[] submittedWithAnAttachment() {
        long call = new Scenario(api()).call(2060, "5000000.00");
        String json = """
                {"callId": %d, "title": "Lest av direktoratet", "category": "WELFARE_TECHNOLOGY", "summary": "S",
                 "serviceChange": "T", "contactName": "K", "contactEmail": "k@drammen.example",
                 "partnerMunicipalities": ["4621"],
                 "bankAccount": "86011117947", "eligibleCost": "200000.00", "ownContribution": "100000.00",
                 "requestedAmount": "90000.00", "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-06-01",
                 "milestones": [{"title": "Anskaffelse", "dueDate": "2027-03-01", "amount": "90000.00"}],
                 "benefitTargets": [{"indicator": "Timer", "kind": "TIME_SAVED_HOURS_PER_YEAR", "unit": "timer",
                   "baseline": 10, "baselineDate": "2025-01-15", "target": 4, "targetDate": "2028-01-01",
                   "owner": "Kommunalsjef"}]}
                """.formatted(call);
        var created = api().send("POST", "api/v1/applications", "kommune.drammen", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        var attached = api().upload("api/v1/applications/" + id + "/attachments", "kommune.drammen", "budsjett.pdf",
                "application/pdf", Scenario.PDF);
        assertEquals(201, attached.statusCode(), attached.body());
        var submitted = api().send("POST", "api/v1/applications/" + id + "/submit", "kommune.drammen", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return new long[] {id, Api.json(attached).getJsonNumber("id").longValue()};
    }

    private List<JsonObject> accessLog(long id, String user) {
        var log = api().get("api/v1/applications/" + id + "/access-log", user);
        assertEquals(200, log.statusCode(), log.body());
        return Api.json(log).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> summary(List<JsonObject> records) {
        return records.stream().map(r -> r.getString("readerName") + " " + r.get("readerRole") + " "
                + r.getString("part") + " " + r.getString("document", "-") + " "
                + r.getString("route")).toList();
    }

    @Test
    void aCaseHandlersPageAttachmentAndApiReadsAreThreeRecordsTheMunicipalitySees() {
        long[] application = submittedWithAnAttachment();
        long id = application[0];
        String path = "api/v1/applications/" + id;

        // the municipality's own reads, and its partner's, are not recorded
        assertEquals(200, api().get(path, "kommune.drammen").statusCode());
        assertEquals(200, api().get(path, "kommune.voss").statusCode());
        assertEquals(200, api().get(path + "/attachments/" + application[1], "kommune.drammen").statusCode());
        assertEquals(200, api().get(path + "/submissions/1", "kommune.voss").statusCode());
        assertEquals(200, WebSession.login(Deployments.onLoopback(base), "kommune.drammen").get("application.xhtml?id=" + id).statusCode());
        assertEquals(List.of(), accessLog(id, "kommune.drammen"), "no directorate read yet");

        var page = WebSession.login(Deployments.onLoopback(base), "saksbehandler1").get("application.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Lest av direktoratet"), "the case handler saw the application");
        assertEquals(200, api().get(path + "/attachments/" + application[1], "saksbehandler1").statusCode());
        assertEquals(200, api().get(path, "saksbehandler1").statusCode());

        List<JsonObject> log = accessLog(id, "kommune.drammen");
        assertEquals(List.of(
                "Ingrid Berg \"CASE_HANDLER\" APPLICATION - GET /api/v1/applications/" + id,
                "Ingrid Berg \"CASE_HANDLER\" ATTACHMENT budsjett.pdf GET /api/v1/applications/" + id
                        + "/attachments/" + application[1],
                "Ingrid Berg \"CASE_HANDLER\" APPLICATION - GET /application.xhtml?id=" + id),
                summary(log), "the latest first");
        assertEquals(summary(log), summary(accessLog(id, "kommune.voss")), "the partner sees the same");
        assertEquals(summary(log), summary(accessLog(id, "admin")), "and the directorate's administrator");
        assertEquals(403, api().get(path + "/access-log", "saksbehandler1").statusCode());
        assertEquals(404, api().get("api/v1/applications/987654321/access-log", "admin").statusCode());

        String searched = WebSession.login(Deployments.onLoopback(base), "admin").get("admin/access-log.xhtml?application=" + id).body();
        assertTrue(searched.contains("Ingrid Berg (saksbehandler1)") && searched.contains("Vedlegg: budsjett.pdf")
                && searched.contains("Oppføring 1–3 av 3"), searched);
        assertEquals(403, WebSession.login(Deployments.onLoopback(base), "saksbehandler1").get("admin/access-log.xhtml").statusCode());

        String mine = WebSession.login(Deployments.onLoopback(base), "kommune.drammen").get("application.xhtml?id=" + id).body();
        assertTrue(mine.contains("Hvem har lest saken vår") && mine.contains("Ingrid Berg")
                && mine.contains("Saksbehandler") && mine.contains("Vedlegg: budsjett.pdf"), mine);
    }

    @Test
    void theHistoryTheVersionAsSubmittedAndTheEventsAreReadsToo() {
        long id = submittedWithAnAttachment()[0];
        var history = api().get("api/v1/events?entity=Application&entityId=" + id, "godkjenner1");
        assertEquals(200, history.statusCode(), history.body());
        assertEquals(200, api().get("api/v1/applications/" + id + "/submissions/1", "ledelse").statusCode());
        assertEquals(200, api().get("api/v1/applications/" + id + "/submissions", "ledelse").statusCode(),
                "the list of versions reads no document");
        var records = accessLog(id, "kommune.drammen");
        assertEquals(2, records.size(), summary(records).toString());
        assertEquals(List.of("SUBMISSION", "HISTORY"), records.stream().map(r -> r.getString("part")).toList());
        assertEquals(List.of("MANAGEMENT", "APPROVER"), records.stream().map(r -> r.getString("readerRole")).toList());
        assertEquals("Hanne Strand", records.get(0).getString("readerName"));
    }

    @Test
    void aRecordIsNeverChangedAndIsDeletedOnlyAfterTheRetentionPeriod() {
        long id = submittedWithAnAttachment()[0];
        assertEquals(200, api().get("api/v1/applications/" + id, "saksbehandler1").statusCode());
        String tamper = "api/v1/test-support/tamper-access-log?applicationId=" + id + "&statement=";
        assertEquals("refused", api().send("POST", tamper + "update", "admin", null).body());
        assertEquals(1, accessLog(id, "kommune.drammen").size());
        try {
            api().send("POST", "api/v1/test-support/clock?days=1825", "admin", null);
            api().send("POST", "api/v1/test-support/jobs/access-log-retention", "admin", null);
            assertEquals(1, accessLog(id, "kommune.drammen").size(), "kept for five years");
            api().send("POST", "api/v1/test-support/clock?days=1827", "admin", null);
            var deleted = api().send("POST", "api/v1/test-support/jobs/access-log-retention", "admin", null);
            assertTrue(Integer.parseInt(deleted.body()) >= 1, deleted.body());
            assertEquals(0, accessLog(id, "kommune.drammen").size(), "then deleted");
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }
    }
}
