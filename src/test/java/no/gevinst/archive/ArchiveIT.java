package no.gevinst.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.PdfA;
import no.gevinst.support.Scenario;
import no.gevinst.support.StubArchive;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The archive, read as an archive importing Gevinst's folder would: one case folder per application, a journal entry
 * per filed act in the order of the case's life, each message valid by KS's Fiks Arkiv schema, its documents there
 * with the checksums it names, and no personal name in a public title.
 */
public abstract class ArchiveIT {

    private static final String SCHEMA = "no/gevinst/archive/fiks-arkiv/"
            + "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd";
    private static final String CONTACT = "Kari Nordmann";
    private static final String EMAIL = "kari.nordmann@drammen.example";

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private static Path folder() {
        return Path.of(System.getProperty("gevinst.archive.folder"));
    }

    @Test
    void aWholeLifeIsFiledJournalEntryByJournalEntry() throws Exception {
        Scenario scenario = new Scenario(api());
        if (scenario.registerAccount("3301") == null) {
            scenario.registerAccount("3301", "86011117947");
        }
        long call = scenario.call(2093, "5000000.00");
        long id = application(call);
        String path = "api/v1/applications/" + id;
        String reference = Api.json(api().get(path, "ledelse")).getString("reference");
        scenario.grant(id, call, "60000.00", "40000.00");
        var accepted = api().send("POST", path + "/accept", "kommune.drammen", null);
        assertEquals(200, accepted.statusCode(), accepted.body());
        for (int milestone = 0; milestone < 2; milestone++) {
            var payment = scenario.reportAndVerify(id, milestone, "saksbehandler1");
            var approved = api().send("POST", "api/v1/payments/" + payment.getJsonNumber("id") + "/approve",
                    "godkjenner1", null);
            assertEquals(200, approved.statusCode(), approved.body());
        }
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        long targetId = Api.json(api().get(path, "kommune.drammen")).getJsonArray("benefitTargets").getJsonObject(0)
                .getJsonNumber("id").longValue();
        var operation = api().send("POST", path + "/operation/report", "kommune.drammen", "{\"inOperationSince\": \""
                + today + "\", \"description\": \"I bruk hos alle, meld fra til " + EMAIL + "\", \"measurements\": ["
                + "{\"benefitTargetId\": " + targetId + ", \"measuredOn\": \"" + today + "\", \"value\": 20}]}");
        assertEquals(200, operation.statusCode(), operation.body());
        var confirmed = api().send("POST", path + "/operation/confirm", "saksbehandler1", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        var release = Api.json(confirmed).getJsonObject("grant").getJsonArray("payments")
                .getValuesAs(jakarta.json.JsonObject.class).getLast();
        assertEquals(200, api().send("POST", "api/v1/payments/" + release.getJsonNumber("id") + "/approve",
                "godkjenner1", null).statusCode(), "the withheld money released");
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String measurements = path + "/benefits/" + targetId + "/measurements";
        try {
            api().send("POST", "api/v1/test-support/clock?days=366", "admin", null);
            assertEquals(201, api().send("POST", measurements, "kommune.drammen", "{\"measuredOn\": \""
                    + start.plusDays(366) + "\", \"value\": 30}").statusCode());
            api().send("POST", "api/v1/test-support/clock?days=1097", "admin", null);
            assertEquals(201, api().send("POST", measurements, "kommune.drammen", "{\"measuredOn\": \""
                    + start.plusDays(800) + "\", \"value\": 45}").statusCode());
            var closed = api().send("POST", path + "/close", "saksbehandler1", null);
            assertEquals(200, closed.statusCode(), closed.body());
            var delivery = api().send("POST", "api/v1/test-support/jobs/archive", "admin", null);
            assertEquals(200, delivery.statusCode(), delivery.body());
            assertTrue(Integer.parseInt(delivery.body()) >= 7, "the case's seven messages, in one run: "
                    + delivery.body());
        } finally {
            api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
        }

        List<Document> entries = new ArrayList<>();
        for (int position = 1; Files.isDirectory(messageFolder(reference, position)); position++) {
            entries.add(read(messageFolder(reference, position)));
        }
        // received, granted, accepted, two milestone reports, the operation report, closed
        assertEquals(List.of("I", "U", "I", "I", "I", "I", "X"), entries.stream()
                .map(entry -> text(entry, "/a:arkivmelding/a:registrering/a:journalposttype/m:kode")).toList());
        for (int i = 0; i < entries.size(); i++) {
            Document entry = entries.get(i);
            String what = reference + "/" + (i + 1);
            assertEquals(reference, text(entry, "/a:arkivmelding/a:mappe/a:referanseEksternNoekkel/m:noekkel"),
                    what + ": the case folder's external key is the reference");
            assertEquals("Gevinst", text(entry, "/a:arkivmelding/a:mappe/a:referanseEksternNoekkel/m:fagsystem"));
            assertEquals(what, text(entry, "/a:arkivmelding/a:registrering/a:referanseEksternNoekkel/m:noekkel"));
            assertEquals("921234554", text(entry, "//a:korrespondansepart/a:organisasjonid"),
                    what + ": Drammen is the correspondence party");
            assertEquals("Drammen kommune", text(entry, "//a:korrespondansepart/a:korrespondansepartNavn"));
            String publicTitles = text(entry, "/a:arkivmelding/a:mappe/a:offentligTittel") + " "
                    + text(entry, "/a:arkivmelding/a:registrering/a:offentligTittel");
            assertFalse(publicTitles.contains(CONTACT) || publicTitles.contains(EMAIL), what + ": " + publicTitles);
            assertTrue(publicTitles.contains(reference), publicTitles);
            if (i > 0) {
                assertEquals("saksbehandler1", text(entry, "/a:arkivmelding/a:mappe/a:saksansvarlig/m:identifikator"),
                        what + ": the case handler responsible, once the case is taken");
            }
            NodeList files = (NodeList) xpath().evaluate("//a:dokumentobjekt", entry, XPathConstants.NODESET);
            assertEquals(text(entry, "/a:arkivmelding/a:antallFiler"), String.valueOf(files.getLength()));
            for (int f = 0; f < files.getLength(); f++) {
                Node file = files.item(f);
                Path document = messageFolder(reference, i + 1).resolve(text(file, "a:referanseDokumentfil"));
                assertTrue(Files.isRegularFile(document), what + ": " + document);
                assertEquals(text(file, "a:sjekksum"), Checksums.sha256(Files.readAllBytes(document)),
                        document + " is the file its checksum names");
                if ("A".equals(text(file, "a:variantformat/m:kode"))) {
                    assertEquals(List.of(), PdfA.violationsOfPdfA2b(Files.readAllBytes(document)),
                            document + " is PDF/A-2b, as its variant says");
                }
            }
        }
        Document received = entries.get(0);
        assertTrue(text(received, "//a:dokumentbeskrivelse[a:dokumentnummer='1']/a:skjerming/a:tilgangsrestriksjon"
                + "/m:kode").equals("13"), "the application holds personal data: screened");
        assertEquals("budsjett.pdf", text(received, "//a:dokumentbeskrivelse[a:dokumentnummer='2']/a:tittel"),
                "the application's attachment beside it");
        assertTrue(text(entries.get(3), "//a:dokumentbeskrivelse[a:dokumentnummer='2']/a:tittel")
                .equals("leveranse.pdf"), "the milestone report with its evidence");
        assertEquals("A", text(entries.get(6), "/a:arkivmelding/a:mappe/a:saksstatus/m:kode"), "closed");
        assertEquals("0", api().send("POST", "api/v1/test-support/jobs/archive", "admin", null).body(),
                "delivered once: nothing is due again");
    }

    /**
     * Through a Fiks Arkiv gateway that fails twice and answers too late once: every message arrives in the end,
     * filed once, in the order of the case; the archive's numbers are kept and shown on the application page.
     */
    @Test
    void aGatewayThatFailsAndTimesOutGetsEveryMessageOnceInOrder() throws Exception {
        Scenario scenario = new Scenario(api());
        if (scenario.registerAccount("3301") == null) {
            scenario.registerAccount("3301", "86011117947");
        }
        assertEquals(200, api().send("POST", "api/v1/test-support/jobs/archive", "admin", null).statusCode(),
                "what other tests filed goes to the folder first");
        long call = scenario.call(2093, "5000000.00");
        long id = scenario.accepted(call, "50000.00");
        String reference = Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("reference");
        try (StubArchive archive = new StubArchive(4_000)) {
            archive.plan(StubArchive.Answer.SERVER_ERROR, StubArchive.Answer.SERVER_ERROR, StubArchive.Answer.LATE);
            String gateway = "api/v1/test-support/jobs/archive-http?timeoutSeconds=2&url="
                    + java.net.URLEncoder.encode(archive.uri().toString(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                for (int day = 0; day < 3; day++) {
                    api().send("POST", "api/v1/test-support/clock?days=" + day, "admin", null);
                    var run = api().send("POST", gateway, "admin", null);
                    assertEquals("0", run.body(), "day " + day + ": the first message fails, the rest wait for it");
                }
                api().send("POST", "api/v1/test-support/clock?days=3", "admin", null);
                assertEquals("3", api().send("POST", gateway, "admin", null).body(), "then all three in one run");
            } finally {
                api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
            }
            assertEquals(List.of(), archive.refused());
            assertEquals(java.util.Map.of(reference + "/1", 1, reference + "/2", 1, reference + "/3", 1),
                    archive.filings(), "each filed once, though the late one was sent again");
            assertEquals(List.of(reference + "/1", reference + "/2", reference + "/3"),
                    List.copyOf(archive.filings().keySet()), "in the order of the case");
            assertEquals(6, archive.requests(), "two errors, one late answer, then the three");
        }
        String page = WebSession.login(Deployments.onLoopback(base), "saksbehandler1")
                .get("application.xhtml?id=" + id).body();
        assertTrue(page.contains("Arkivsak: 2027/"), "the archive's case number: " + page);
        assertTrue(page.contains("Arkivert"), "each entry archived");
    }

    /**
     * A message the gateway refuses twelve times is given up, shown to the administrators with the archive's
     * answer, and sent again by one of them: then it arrives.
     */
    @Test
    void aMessageGivenUpIsShownToTheAdministratorsWhoSendItAgain() throws Exception {
        Scenario scenario = new Scenario(api());
        assertEquals(200, api().send("POST", "api/v1/test-support/jobs/archive", "admin", null).statusCode());
        long id = scenario.submitted(scenario.call(2093, "5000000.00"), "10000.00");
        String key = Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("reference") + "/1";
        try (StubArchive archive = new StubArchive(0)) {
            String gateway = "api/v1/test-support/jobs/archive-http?timeoutSeconds=2&url="
                    + java.net.URLEncoder.encode(archive.uri().toString(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                for (int attempt = 1; attempt <= 12; attempt++) {
                    archive.plan(StubArchive.Answer.SERVER_ERROR);
                    api().send("POST", "api/v1/test-support/clock?days=" + attempt, "admin", null);
                    assertEquals("0", api().send("POST", gateway, "admin", null).body());
                }
                WebSession admin = WebSession.login(Deployments.onLoopback(base), "admin");
                String page = admin.get("admin/archive.xhtml").body();
                assertTrue(page.contains(key) && page.contains("Kunne ikke leveres")
                        && page.contains("The archive answered 503"), "given up, and why: " + page);
                api().send("POST", "api/v1/test-support/clock?days=13", "admin", null);
                assertEquals("0", api().send("POST", gateway, "admin", null).body(), "not tried again by itself");

                java.util.regex.Matcher button = java.util.regex.Pattern
                        .compile("name=\"(deliveries:undelivered:\\d+:retry)\"").matcher(page);
                java.util.regex.Matcher state = java.util.regex.Pattern
                        .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
                assertTrue(button.find() && state.find(), page);
                var resent = admin.post("admin/archive.xhtml", "deliveries=deliveries&"
                        + java.net.URLEncoder.encode(button.group(1), java.nio.charset.StandardCharsets.UTF_8)
                        + "=&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8));
                assertTrue(resent.statusCode() == 302 || resent.statusCode() == 303, resent.statusCode() + " "
                        + resent.body());
                assertEquals("1", api().send("POST", gateway, "admin", null).body(), "sent again, it arrives");
            } finally {
                api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
            }
            assertEquals(java.util.Map.of(key, 1), archive.filings());
            assertEquals(13, archive.requests());
        }
        assertTrue(api().get("api/v1/events?entity=ArchiveMessage", "admin").body().contains("ARCHIVE_MESSAGE_RESENT"),
                "the administrator's act is in the trail");
    }

    /**
     * A node dies after the gateway took a message and before it recorded so: the message is not lost (another run
     * sends it once its claim has lapsed) and not filed twice (the archive knows it by its key).
     */
    @Test
    void aNodeThatDiesMidDeliveryLosesNothingAndFilesNothingTwice() throws Exception {
        Scenario scenario = new Scenario(api());
        assertEquals(200, api().send("POST", "api/v1/test-support/jobs/archive", "admin", null).statusCode());
        long id = scenario.submitted(scenario.call(2093, "5000000.00"), "10000.00");
        String key = Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("reference") + "/1";
        try (StubArchive archive = new StubArchive(0)) {
            String url = java.net.URLEncoder.encode(archive.uri().toString(), java.nio.charset.StandardCharsets.UTF_8);
            var died = api().send("POST", "api/v1/test-support/jobs/archive-http-dies?url=" + url, "admin", null);
            assertEquals(200, died.statusCode(), died.body());
            assertEquals(key, died.body());
            String gateway = "api/v1/test-support/jobs/archive-http?timeoutSeconds=2&url=" + url;
            assertEquals("0", api().send("POST", gateway, "admin", null).body(), "claimed by the dead node a while");
            try {
                api().send("POST", "api/v1/test-support/clock?days=1", "admin", null);
                assertEquals("1", api().send("POST", gateway, "admin", null).body(), "then sent again");
                assertEquals("0", api().send("POST", gateway, "admin", null).body(), "and only once");
            } finally {
                api().send("POST", "api/v1/test-support/clock?days=0", "admin", null);
            }
            assertEquals(java.util.Map.of(key, 1), archive.filings(), "filed once");
            assertEquals(2, archive.requests(), "sent twice");
        }
    }

    /** Every message the test suite has delivered so far is an arkivmelding by KS's schema. */
    @Test
    void everyMessageDeliveredIsValidByTheSchema() throws Exception {
        var delivery = api().send("POST", "api/v1/test-support/jobs/archive", "admin", null);
        assertEquals(200, delivery.statusCode(), delivery.body());
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource(SCHEMA));
        List<Path> messages;
        try (Stream<Path> all = Files.walk(folder())) {
            messages = all.filter(file -> file.getFileName().toString().equals("arkivmelding.xml")).toList();
        }
        assertFalse(messages.isEmpty(), "the demo's submitted applications at least");
        for (Path message : messages) {
            try {
                schema.newValidator().validate(new StreamSource(message.toFile()));
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError(message + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drammen's application, its contact person's name in the title and her email in the summary. */
    private long application(long call) {
        String json = """
                {"callId": %d, "title": "Trygghet hjemme med %s", "category": "WELFARE_TECHNOLOGY",
                 "summary": "Spørsmål til %s", "serviceChange": "T", "contactName": "%s", "contactEmail": "%s",
                 "bankAccount": "86011117947", "eligibleCost": "200000.00", "ownContribution": "100000.00",
                 "requestedAmount": "100000.00", "plannedStartDate": "2027-01-01", "plannedOperationDate": "2027-09-01",
                 "milestones": [{"title": "Del", "dueDate": "2027-06-01", "amount": "100000.00"}],
                 "benefitTargets": [{"indicator": "I", "kind": "QUALITY", "unit": "prosent", "baseline": 10,
                   "baselineDate": "2025-01-15", "target": 50, "targetDate": "2028-01-01", "owner": "O"}]}
                """.formatted(call, CONTACT, EMAIL, CONTACT, EMAIL);
        var created = api().send("POST", "api/v1/applications", "kommune.drammen", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        var attached = api().upload("api/v1/applications/" + id + "/attachments", "kommune.drammen", "budsjett.pdf",
                "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(201, attached.statusCode(), attached.body());
        var submitted = api().send("POST", "api/v1/applications/" + id + "/submit", "kommune.drammen", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    private static Path messageFolder(String reference, int position) {
        return folder().resolve(reference + "_" + position);
    }

    private static Document read(Path folder) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(folder.resolve("arkivmelding.xml").toFile());
    }

    private static String text(Node node, String expression) {
        try {
            return ((String) xpath().evaluate(expression, node, XPathConstants.STRING)).strip();
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "a" -> "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v2";
                    case "m" -> "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v2";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespace) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespace) {
                return null;
            }
        });
        return xpath;
    }
}
