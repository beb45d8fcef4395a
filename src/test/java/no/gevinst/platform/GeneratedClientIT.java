package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import no.gevinst.client.ApiClient;
import no.gevinst.client.api.ApplicationsApi;
import no.gevinst.client.api.AssessmentApi;
import no.gevinst.client.api.BenefitsApi;
import no.gevinst.client.api.CallsApi;
import no.gevinst.client.api.CasesApi;
import no.gevinst.client.api.MunicipalitiesApi;
import no.gevinst.client.api.PaymentsApi;
import no.gevinst.client.model.ApplicationRequest;
import no.gevinst.client.model.ApplicationStatus;
import no.gevinst.client.model.ApplicationView;
import no.gevinst.client.model.AttachmentPurpose;
import no.gevinst.client.model.BatchView;
import no.gevinst.client.model.BenefitKind;
import no.gevinst.client.model.BenefitTargetRequest;
import no.gevinst.client.model.CallRequest;
import no.gevinst.client.model.CallView;
import no.gevinst.client.model.ContactRequest;
import no.gevinst.client.model.CriterionRequest;
import no.gevinst.client.model.DecideRequest;
import no.gevinst.client.model.FirstMeasurementRequest;
import no.gevinst.client.model.GrantMilestoneView;
import no.gevinst.client.model.GrantView;
import no.gevinst.client.model.MilestoneReportRequest;
import no.gevinst.client.model.MilestoneRequest;
import no.gevinst.client.model.PlanMilestoneRequest;
import no.gevinst.client.model.MunicipalityView;
import no.gevinst.client.model.OperationReportRequest;
import no.gevinst.client.model.Outcome;
import no.gevinst.client.model.PaymentKind;
import no.gevinst.client.model.PaymentView;
import no.gevinst.client.model.RecommendRequest;
import no.gevinst.client.model.ScoreRequest;
import no.gevinst.client.model.TakeRequest;
import no.gevinst.client.model.TechnologyCategory;
import no.gevinst.support.Api;
import no.gevinst.support.BankFiles;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API document is usable, not just valid: a Java client generated from it by openapi-generator (pom.xml, from the
 * document the build writes, which the first test shows is the one the running application serves) drives the
 * worked example, every act of every role, from the call to the bank file. The client reads strictly: a field the
 * document does not name, or a code outside an enum, fails it.
 */
public abstract class GeneratedClientIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    final URL base = DeployedApplication.reported();

    /** A client of the generated API, signed in as {@code user} with the demo password. */
    private ApiClient as(String user) {
        URI root = URI.create(Deployments.onLoopback(base).toString());
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.resolve("/").toString().replaceAll("/$", "") + root.getPath().replaceAll("/$", ""));
        String credentials = Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return client;
    }

    @Test
    void theRunningApplicationServesTheDocumentTheClientWasGeneratedFrom() throws Exception {
        var api = new Api(Deployments.onLoopback(base));
        var live = api.getAbsolute(api.serverRoot().resolve("/openapi"), "Accept", "application/json");
        assertEquals(200, live.statusCode());
        ObjectNode served = (ObjectNode) JsonMapper.builder().build().readTree(live.body());
        ObjectNode built = (ObjectNode) new YAMLMapper().readTree(Files.readString(
                Path.of("target/classes/META-INF/openapi.yaml"), StandardCharsets.UTF_8));
        // Payara names the address it answers on, and where each application's endpoints are
        served.remove(List.of("servers", "x-endpoints"));
        built.remove(List.of("servers", "x-endpoints"));
        JsonNode servedPaths = served.get("paths");
        String contextRoot = URI.create(Deployments.onLoopback(base).toString()).getPath().replaceAll("/$", "");
        ObjectNode unprefixed = served.objectNode();
        servedPaths.properties().forEach(path -> unprefixed.set(path.getKey().startsWith(contextRoot + "/")
                ? path.getKey().substring(contextRoot.length()) : path.getKey(), path.getValue()));
        served.set("paths", unprefixed);
        assertEquals(built, served, "the document served is the one the build wrote");
    }

    @Test
    void theWorkedExampleRunsOnTheGeneratedClient() throws Exception {
        // The administrator opens a call and sees to it that Drammen has an account in the register.
        CallView call = new CallsApi(as("admin")).createCall(new CallRequest().budgetYear(2088).title("Klient 2088")
                .opensOn(TODAY.minusDays(5)).closesOn(TODAY.plusDays(5)).frame("5000000.00")
                .withheldPercent(BigDecimal.valueOf(20)).maxCostSharePercent(BigDecimal.valueOf(50))
                .categories(List.of(TechnologyCategory.WELFARE_TECHNOLOGY))
                .criteria(List.of(new CriterionRequest().name("Gevinster").weight(60),
                        new CriterionRequest().name("Gjennomførbarhet").weight(40))));
        MunicipalitiesApi register = new MunicipalitiesApi(as("admin"));
        var drammen = register.getMunicipalityWithHttpInfo("3301");
        MunicipalityView inRegister = drammen.getData();
        if (inRegister.getBankAccount() == null) {
            register.reviseMunicipality("3301", new ContactRequest().bankAccount("86011117947")
                    .contactEmail(inRegister.getContactEmail()).languageForm(inRegister.getLanguageForm()),
                    drammen.getHeaders().get("etag").get(0));
        }

        // Drammen applies, attaches, submits.
        ApiClient municipality = as("kommune.drammen");
        ApplicationView application = new ApplicationsApi(municipality).createApplication(new ApplicationRequest()
                .callId(call.getId()).title("Velferdsteknologi fra klienten").category(TechnologyCategory.WELFARE_TECHNOLOGY)
                .summary("Digitalt tilsyn").serviceChange("Nattilsyn med sensorer").contactName("Kari Nordmann")
                .contactEmail("kari@drammen.example").bankAccount("86011117947").eligibleCost("200000.00")
                .ownContribution("100000.00").requestedAmount("100000.00").plannedStartDate(LocalDate.of(2089, 1, 1))
                .plannedOperationDate(LocalDate.of(2089, 9, 1))
                .milestones(List.of(
                        new MilestoneRequest().title("Anskaffelse").dueDate(LocalDate.of(2089, 3, 1)).amount("40000.00"),
                        new MilestoneRequest().title("Innføring").dueDate(LocalDate.of(2089, 6, 1)).amount("60000.00")))
                .benefitTargets(List.of(new BenefitTargetRequest().indicator("Timer til nattilsyn")
                        .kind(BenefitKind.TIME_SAVED_HOURS_PER_YEAR).unit("timer per år").baseline(BigDecimal.valueOf(2000))
                        .baselineDate(LocalDate.of(2088, 1, 15)).target(BigDecimal.valueOf(1200))
                        .targetDate(LocalDate.of(2092, 1, 1)).owner("Kommunalsjef"))));
        long id = application.getId();
        CasesApi files = new CasesApi(municipality);
        assertEquals(AttachmentPurpose.APPLICATION, files.attachFile(id, pdf("prosjektplan"), null, null).getPurpose());
        assertEquals(ApplicationStatus.SUBMITTED, new ApplicationsApi(municipality).submitApplication(id, null).getStatus());

        // A case handler takes it and recommends a grant; an approver decides.
        AssessmentApi caseHandler = new AssessmentApi(as("saksbehandler1"));
        caseHandler.takeForAssessment(id, new TakeRequest().impartial(true));
        List<ScoreRequest> scores = call.getCriteria().stream()
                .map(criterion -> new ScoreRequest().criterion(criterion.getId()).score(5)).toList();
        caseHandler.recommend(id, new RecommendRequest().outcome(Outcome.GRANT).amount("100000.00").scores(scores)
                .milestones(List.of(
                        new PlanMilestoneRequest().title("Anskaffelse").dueDate(LocalDate.of(2089, 3, 1)).amount("40000.00"),
                        new PlanMilestoneRequest().title("Innføring").dueDate(LocalDate.of(2089, 6, 1)).amount("60000.00")))
                .justification("Godt begrunnet"));
        ApplicationView granted = new AssessmentApi(as("godkjenner2")).decide(id, new DecideRequest().approve(true));
        assertEquals(ApplicationStatus.GRANTED, granted.getStatus());
        assertEquals("100000.00", granted.getGrant().getAmount());

        // Drammen accepts; each milestone is reported with its evidence, verified, and its payment approved.
        PaymentsApi municipalityActs = new PaymentsApi(municipality);
        assertEquals(ApplicationStatus.ACCEPTED, municipalityActs.acceptGrant(id).getStatus());
        PaymentsApi verifier = new PaymentsApi(as("saksbehandler1"));
        PaymentsApi approver = new PaymentsApi(as("godkjenner2"));
        for (GrantMilestoneView milestone : granted.getGrant().getMilestones()) {
            files.attachFile(id, pdf("leveranse"), milestone.getId(), null);
            municipalityActs.reportMilestone(id, milestone.getId(),
                    new MilestoneReportRequest().completedOn(TODAY).description("Levert som avtalt"));
            List<PaymentView> payments = verifier.verifyMilestone(id, milestone.getId()).getGrant().getPayments();
            PaymentView proposed = payments.get(payments.size() - 1);
            assertEquals(milestone.getId(), proposed.getMilestoneId());
            approver.approvePayment(proposed.getId());
        }

        // Drammen reports the operation with its first measurement; the case handler confirms it, the release is
        // approved, and the approver gathers the batch and exports the bank file.
        files.attachFile(id, pdf("driftsrapport"), null, "operation");
        long target = granted.getBenefitTargets().get(0).getId();
        new BenefitsApi(municipality).reportOperation(id, new OperationReportRequest().inOperationSince(TODAY)
                .description("I drift").measurements(List.of(new FirstMeasurementRequest().benefitTargetId(target)
                        .measuredOn(TODAY).value(BigDecimal.valueOf(1800)))));
        List<PaymentView> afterOperation = verifier.confirmOperation(id).getGrant().getPayments();
        PaymentView release = afterOperation.get(afterOperation.size() - 1);
        assertEquals(PaymentKind.RELEASE, release.getKind());
        assertEquals("20000.00", release.getNet(), "the 20 % withheld of both milestones");
        approver.approvePayment(release.getId());

        PaymentsApi batches = new PaymentsApi(as("godkjenner1"));
        BatchView batch = batches.createPaymentBatch();
        assertTrue(batch.getPayments().containsAll(afterOperation.stream().map(PaymentView::getId).toList()), batch.toString());
        File bankFile = batches.paymentBatchFile(batch.getId());
        BankFiles.validatePain001(Files.readAllBytes(bankFile.toPath()));

        GrantView paid = new CasesApi(as("ledelse")).getApplication(id).getGrant();
        assertEquals("100000.00", paid.getPaid(), "the whole grant paid: " + paid);
        assertEquals("0.00", paid.getWithheldOutstanding());
        assertEquals(ApplicationStatus.OPERATIONAL, new CasesApi(as("ledelse")).getApplication(id).getStatus());
    }

    private static File pdf(String name) throws Exception {
        Path file = Files.createTempFile(name + "-", ".pdf");
        Files.write(file, PDF);
        file.toFile().deleteOnExit();
        return file.toFile();
    }
}
