package no.gevinst.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications by email, sent by a real Payara Micro to a real SMTP server (GreenMail) in this JVM: in the
 * municipality's language form, once per notification however often the jobs run, and a payment to approve never
 * to the one who proposed it.
 */
public abstract class NotificationsIT {

    private static GreenMail smtp;

    final URL base = DeployedApplication.reported();

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    @BeforeEach
    void pointTheApplicationAtTheSmtpServer() {
        assertEquals(204, api().send("POST", "api/v1/test-support/mail?port=" + smtp.getSmtp().getPort(), "admin",
                null).statusCode());
    }

    private int sendEmails() {
        var sent = api().send("POST", "api/v1/test-support/jobs/email", "admin", null);
        assertEquals(200, sent.statusCode(), sent.body());
        return Integer.parseInt(sent.body().trim());
    }

    private int runReminders() {
        var made = api().send("POST", "api/v1/test-support/jobs/reminders", "admin", null);
        assertEquals(200, made.statusCode(), made.body());
        return Integer.parseInt(made.body().trim());
    }

    private void shiftClock(int days) {
        assertEquals(200, api().send("POST", "api/v1/test-support/clock?days=" + days, "admin", null).statusCode());
    }

    /** The messages received so far whose subject contains {@code text}, with their recipients. */
    private static List<MimeMessage> received(String text) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(text)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> to(List<MimeMessage> messages) {
        return messages.stream().flatMap(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    private long grantedTo(long call, String municipality) {
        var recommended = api().send("POST", "api/v1/test-support/recommended?callId=" + call
                + "&count=1&amount=100000.00&recommender=saksbehandler1&municipality=" + municipality, "admin", null);
        assertEquals(200, recommended.statusCode(), recommended.body());
        long id = Long.parseLong(recommended.body().trim());
        var decided = api().send("POST", "api/v1/applications/" + id + "/decide", "godkjenner2", "{\"approve\": true}");
        assertEquals(200, decided.statusCode(), decided.body());
        return id;
    }

    private String reference(long id) {
        return Api.json(api().get("api/v1/applications/" + id, "ledelse")).getString("reference");
    }

    @Test
    void aDecisionIsEmailedOnceToTheMunicipalitysUsersInNynorskForANynorskMunicipality() throws Exception {
        long id = grantedTo(new Scenario(api()).call(2073, "2000000.00"), "4621");
        String reference = reference(id);
        sendEmails();
        sendEmails();
        List<MimeMessage> decision = received(reference);
        List<String> told = to(decision);
        assertTrue(told.contains("synnove.lid@voss.example"), told.toString());
        assertTrue(told.stream().allMatch(address -> address.endsWith("@voss.example")), "Voss's users only: " + told);
        assertEquals(told.stream().distinct().count(), told.size(), "each once: " + told);
        for (MimeMessage message : decision) {
            assertEquals("Søknaden " + reference + " er innvilga", subject(message), "Nynorsk");
        }
        MimeMessage toSynnove = decision.stream().filter(m -> to(List.of(m)).contains("synnove.lid@voss.example"))
                .findFirst().orElseThrow();
        String body = (String) toSynnove.getContent();
        assertTrue(body.contains("Hei Synn") && body.contains("svar innan"), body);
        assertTrue(body.contains("/application.xhtml?id=" + id), "links to the application: " + body);
    }

    @Test
    void theReminderJobRunTwiceRemindsOnceOfEachDeadline() throws Exception {
        long id = grantedTo(new Scenario(api()).call(2074, "2000000.00"), "3301");
        String reference = reference(id);
        try {
            shiftClock(17);
            assertTrue(runReminders() >= 2, "13 days left: Drammen's users are reminded");
            runReminders();
            sendEmails();
            sendEmails();
            List<MimeMessage> first = received("Svar på tilsagnet for " + reference);
            assertEquals(1, to(first).stream().filter("kari.nordmann@drammen.example"::equals).count(), to(first).toString());
            assertEquals(to(first).stream().distinct().count(), to(first).size(), "nobody twice: " + to(first));

            shiftClock(28);
            runReminders();
            runReminders();
            sendEmails();
            List<MimeMessage> both = received("Svar på tilsagnet for " + reference);
            assertEquals(2 * first.size(), both.size(), "the three-day reminder, once more to each");
        } finally {
            shiftClock(0);
        }
    }

    @Test
    void whoTurnedEmailOffForAKindGetsItInTheAppOnlyAndReadsOnlyTheirOwn() throws Exception {
        var off = api().send("PUT", "api/v1/notifications/email-preferences", "kommune.drammen2",
                "{\"emailOff\": [\"GRANTED\"]}");
        assertEquals(200, off.statusCode(), off.body());
        try {
            long id = grantedTo(new Scenario(api()).call(2074, "2000000.00"), "3301");
            String reference = reference(id);
            sendEmails();
            List<String> told = to(received("Søknaden " + reference + " er innvilget"));
            assertTrue(told.contains("kari.nordmann@drammen.example"), told.toString());
            assertTrue(!told.contains("ola.hansen@drammen.example"), "turned off: " + told);
            JsonObject inbox = Api.json(api().get("api/v1/notifications", "kommune.drammen2"));
            JsonObject granted = inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(n -> reference.equals(n.getString("reference")) && n.getString("kind").equals("GRANTED"))
                    .findFirst().orElseThrow();
            assertTrue(!granted.getBoolean("read") && inbox.getJsonNumber("unread").longValue() >= 1, inbox.toString());
            String read = "api/v1/notifications/" + granted.getJsonNumber("id") + "/read";
            assertEquals(404, api().send("POST", read, "kommune.drammen", null).statusCode(), "not another's");
            assertEquals(204, api().send("POST", read, "kommune.drammen2", null).statusCode());
            var unknown = api().send("PUT", "api/v1/notifications/email-preferences", "kommune.drammen2",
                    "{\"emailOff\": [\"SPAM\"]}");
            assertEquals(400, unknown.statusCode(), unknown.body());
        } finally {
            api().send("PUT", "api/v1/notifications/email-preferences", "kommune.drammen2", "{\"emailOff\": []}");
        }
    }

    @Test
    void aPaymentToApproveIsNeverAnnouncedToTheOneWhoProposedIt() throws Exception {
        Scenario scenario = new Scenario(api());
        long id = scenario.accepted(scenario.call(2073, "2000000.00"), "100000.00");
        scenario.reportAndVerify(id, 0, "godkjenner1");
        sendEmails();
        List<String> told = to(received("Utbetaling til godkjenning for " + reference(id)));
        assertTrue(told.contains("per.solberg@direktoratet.example"), "the other approver: " + told);
        assertTrue(!told.contains("marte.lunde@direktoratet.example"), "not the proposer: " + told);
    }
}
