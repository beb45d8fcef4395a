package no.gevinst.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import no.gevinst.support.Api;
import no.gevinst.support.Browser;
import no.gevinst.support.Scenario;
import no.gevinst.support.StubArchive;
import no.gevinst.support.MockProviders;
import no.gevinst.support.WebSession;
import no.gevinst.security.BadInputBattery;
import no.gevinst.security.IsolationMatrix;
import no.gevinst.security.RoleMatrix;
import no.gevinst.security.XssBattery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Gevinst as production runs it: two nodes on PostgreSQL, clustered through Payara's data grid, behind HAProxy
 * ({@code payara/cluster.sh}, started and stopped around these tests by the Maven profile {@code cluster}). A node
 * is killed under load, the database restarted under load, a payment batch crashed half-way, and the deadline rush
 * run through the balancer; each scenario ends by comparing what the clients were told with what the database
 * holds, and prints its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final URL BALANCER = url(System.getProperty("gevinst.cluster.url", "http://127.0.0.1:8080/"));
    private static final List<URL> NODES = List.of(
            url(System.getProperty("gevinst.cluster.node1", "http://127.0.0.1:8081/")),
            url(System.getProperty("gevinst.cluster.node2", "http://127.0.0.1:8082/")));
    private static final String DATABASE = System.getProperty("gevinst.cluster.db.url");
    private static final String DATABASE_USER = System.getProperty("gevinst.cluster.db.user", "postgres");
    private static final String PASSWORD = Api.DEMO_PASSWORD;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

    private static long call;
    private static List<String> municipalityUsers;
    /** The archive the nodes deliver to (the profile points them at its port). */
    private static StubArchive archive;

    @BeforeAll
    static void usersForEveryMunicipality() throws SQLException, IOException {
        assertTrue(DATABASE != null && DATABASE.startsWith("jdbc:postgresql:"),
                "run with -Pcluster: the cluster's PostgreSQL database is -Dgevinst.cluster.db.url");
        archive = new StubArchive(Integer.parseInt(System.getProperty("gevinst.cluster.archive.port")), 0);
        Api api = new Api(BALANCER);
        call = Api.json(api.get("api/v1/calls?size=500", "kommune.drammen")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Tilskudd til helseteknologi i kommunene"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        // One user in each of the 357 municipalities, with the demo password, as the rush needs.
        List<String> users = new ArrayList<>();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into user_account (id, username, password_hash, full_name, municipality_number,"
                    + " demo, active, must_change_password) select 40000000 + row_number() over (order by m.number),"
                    + " 'klynge.' || m.number, d.password_hash, 'Klynge ' || m.name, m.number, false, true, false"
                    + " from municipality m cross join user_account d where d.username = 'kommune.drammen'"
                    + " and m.valid_to is null and not exists (select 1 from user_account u"
                    + " where u.username = 'klynge.' || m.number)");
            sql.executeUpdate("insert into user_role (user_id, role) select u.id, 'MUNICIPALITY' from user_account u"
                    + " where u.username like 'klynge.%' and not exists (select 1 from user_role r where r.user_id = u.id)");
            try (ResultSet rows = sql.executeQuery("select username from user_account where username like 'klynge.%'"
                    + " order by username")) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
        }
        assertEquals(357, users.size(), "a user in each municipality of 2024");
        municipalityUsers = users;
    }

    /** Each scenario starts with both nodes serving (the one before may have killed one). */
    @BeforeEach
    void bothNodesServe() {
        cluster("start-node", "1");
        cluster("start-node", "2");
    }

    @AfterAll
    static void printFigures() {
        if (archive != null) {
            archive.close();
        }
        System.out.println();
        System.out.println("== Two nodes on PostgreSQL behind HAProxy: acts, requests, errors, lost and extra acts");
        System.out.println(Load.header());
        FIGURES.forEach(System.out::println);
        System.out.println("(retry: answers that said 'try again' (no answer, 502/503/504), sent again by the client;"
                + " errors: any other failure; lost: told done but not in the database; extra: in the database"
                + " though never told done)");
    }

    /**
     * A staff member signed in through the directorate's provider (the mock staff provider on loopback, which both
     * nodes are configured to trust) loses their node: the other node has their session, with the provider's part
     * of it (the refresh token it asks the provider again with), so they stay signed in with their role.
     */
    @Test
    @Order(1)
    void aStaffMemberSignedInThroughTheProviderKeepsTheSessionWhenTheirNodeDies() throws Exception {
        String subject = "klynge-" + RUN;
        MockProviders.nextStaffSignIn(subject, "kari." + RUN + "@direktoratet.test", "Kari Klynge " + RUN,
                List.of(MockProviders.APPROVER_GROUP));
        try (Browser browser = new Browser(BALANCER, Path.of("target/cluster/downloads"),
                Path.of("target/cluster/pictures"))) {
            browser.open("login.xhtml");
            browser.clickAndWaitForTheNextPage(browser.driver().findElement(By.id("signin-staff")));
            browser.waitForUrl("/approval/index.xhtml");
            browser.waitForPageText("Kari Klynge " + RUN);
            String node = nodeOf(browser);
            cluster("kill-node", node.substring("node".length()));

            browser.open("approval/index.xhtml");
            browser.waitForPageText("Kari Klynge " + RUN);
            assertNotEquals(node, nodeOf(browser), "served by the other node now");
            assertFalse(browser.driver().getCurrentUrl().contains("login"), browser.driver().getCurrentUrl());
            FIGURES.add(String.format("%-52s %s", "provider sign-in fail-over", "signed in through the provider on "
                    + node + ", still signed in on " + nodeOf(browser) + " after " + node + " was killed"));
        }
    }

    /**
     * A municipality user is editing an application in the browser when the node that has their session dies. The
     * balancer sends the save to the other node, which has the session from the data grid: the user is still
     * signed in, with their roles, the form's view is there, and the save is stored.
     */
    @Test
    @Order(1)
    void aUserKeepsWorkingWhenTheirNodeDies() throws Exception {
        Api api = new Api(BALANCER);
        String title = "Klynge " + RUN + " nettleser";
        var created = api.send("POST", "api/v1/applications", "kommune.drammen",
                Scenario.completeApplication(call, title));
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(BALANCER, Path.of("target/cluster/downloads"),
                Path.of("target/cluster/pictures"))) {
            browser.loginAs("kommune.drammen");
            browser.open("municipality/application-edit.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("application:title"), "value", title));
            String node = nodeOf(browser);
            browser.type("application:title", title + " endret");
            int dead = Integer.parseInt(node.substring("node".length()));
            cluster("kill-node", String.valueOf(dead));

            browser.click("application:save");
            browser.waitForPageText("Søknaden er lagret.");
            assertNotEquals(node, nodeOf(browser), "served by the other node now");
            assertFalse(browser.driver().getCurrentUrl().contains("login"), browser.driver().getCurrentUrl());
            assertEquals(title + " endret", Api.json(api.get("api/v1/applications/" + id, "kommune.drammen"))
                    .getString("title"), "the save was stored");
            // and the next page, too, is the signed-in user's, with the municipality role
            browser.open("municipality/index.xhtml");
            browser.waitForPageText(title + " endret");
            FIGURES.add(String.format("%-52s %s", "browser session fail-over", "signed in on " + node
                    + ", saved on " + nodeOf(browser) + " after " + node + " was killed: no new login, saved"));
        }
    }

    /**
     * Twenty clients work through the balancer, ten municipalities applying and submitting, ten approvals of
     * recommended applications, while one node is killed. Every request either succeeded or got an answer that says
     * try again; afterwards the database holds exactly the acts the clients were told were done, each once.
     */
    @Test
    @Order(2)
    void killingANodeUnderLoadLosesNothing() throws Exception {
        List<Long> recommended = recommendedApplications(30);
        BigDecimal committedBefore = committed();
        List<String> applicants = municipalityUsers.subList(0, 150);
        Load load = new Load();
        Map<String, Boolean> submitted = new ConcurrentHashMap<>();
        Map<Long, Boolean> granted = new ConcurrentHashMap<>();
        String prefix = "Klynge " + RUN + " drap ";
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            sleep(Duration.ofSeconds(6));
            cluster("kill-node", "2");
        });
        CompletableFuture<Void> approvers = CompletableFuture.runAsync(() -> Load.run(10, recommended,
                id -> granted.put(id, decide(load, id))));
        Load.run(10, applicants, user -> submitted.put(user, applyAndSubmit(load, user, prefix + user)));
        approvers.join();
        killer.join();

        int lost = 0;
        int extra = 0;
        try (Connection db = database()) {
            Map<String, String> stored = titlesAndStatuses(db, prefix);
            for (String user : applicants) {
                String status = stored.get(prefix + user);
                boolean told = submitted.get(user);
                lost += told && !"SUBMITTED".equals(status) ? 1 : 0;
                extra += !told && "SUBMITTED".equals(status) ? 1 : 0;
            }
            assertEquals(stored.size(), count(db, "select count(*) from application where title like ?", prefix + "%"),
                    "one application per client act, none twice");
            assertEquals(0, count(db, "select count(*) from (select entity_id from audit_event where kind ="
                    + " 'APPLICATION_SUBMITTED' and entity_id in (select cast(id as varchar)"
                    + " from application where title like ?) group by entity_id having count(*) > 1) twice",
                    prefix + "%"), "each submit recorded once");
            for (long id : recommended) {
                String status = single(db, "select status from application where id = ?", id);
                lost += granted.get(id) && !"GRANTED".equals(status) ? 1 : 0;
                extra += !granted.get(id) && "GRANTED".equals(status) ? 1 : 0;
                assertEquals(granted.get(id) ? 1 : 0, count(db, "select count(*) from grant_award where application_id = ?",
                        id), "one grant per decision");
            }
        }
        BigDecimal grantedSum = recommended.stream().filter(granted::get).map(ClusterIT::grantedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        FIGURES.add(load.figures("node 2 killed: 10 applying + 10 deciding clients", applicants.size()
                + recommended.size(), lost, extra));
        assertEquals(List.of(), load.otherErrors, "every failure was one the client may retry");
        assertEquals(0, lost, "nothing told done was lost");
        assertEquals(0, extra, "nothing was done that the client was not told");
        assertTrue(submitted.values().stream().allMatch(b -> b) && granted.values().stream().allMatch(b -> b),
                "every client finished its acts by retrying");
        assertEquals(0, committed().compareTo(committedBefore.add(grantedSum)), "the budget committed what was granted");
    }

    /**
     * PostgreSQL stops for five seconds and starts again while clients submit. Requests meanwhile wait for a
     * connection or fail ("try again"); the connection pool validates its connections and the application recovers
     * by itself, and nothing acknowledged is lost.
     */
    @Test
    @Order(3)
    void theApplicationRecoversWhenTheDatabaseRestarts() {
        List<String> applicants = municipalityUsers.subList(150, 250);
        Load load = new Load(Set.of(500, 502, 503, 504));
        Map<String, Boolean> submitted = new ConcurrentHashMap<>();
        String prefix = "Klynge " + RUN + " database ";
        Instant[] restarted = new Instant[1];
        CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
            sleep(Duration.ofSeconds(4));
            shell("v=$(ls /etc/postgresql | head -1); pg_ctlcluster --skip-systemctl-redirect $v main stop -m fast"
                    + " && sleep 5 && pg_ctlcluster --skip-systemctl-redirect $v main start");
            restarted[0] = Instant.now();
        });
        Load.run(10, applicants, user -> submitted.put(user, applyAndSubmit(load, user, prefix + user)));
        restart.join();
        int lost = 0;
        int extra = 0;
        try (Connection db = database()) {
            Map<String, String> stored = titlesAndStatuses(db, prefix);
            for (String user : applicants) {
                boolean told = submitted.get(user);
                lost += told && !"SUBMITTED".equals(stored.get(prefix + user)) ? 1 : 0;
                extra += !told && "SUBMITTED".equals(stored.get(prefix + user)) ? 1 : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        FIGURES.add(load.figures("PostgreSQL down 5 s: 10 applying clients", applicants.size(), lost, extra));
        assertTrue(restarted[0] != null, "PostgreSQL was restarted");
        assertTrue(load.retryableErrors.get() > 0 || load.percentile(100) >= 4000,
                "the outage was felt: requests waited through it or were told to try again");
        assertEquals(List.of(), load.otherErrors);
        assertEquals(0, lost);
        assertEquals(0, extra);
        assertTrue(submitted.values().stream().allMatch(b -> b), "all submitted after the database came back");
        for (URL node : NODES) {
            assertEquals(200, new Api(node).get("api/v1/calls/" + call, "kommune.drammen").statusCode(),
                    "each node answers from the database again: " + node);
        }
    }

    /**
     * A node dies while it builds a payment batch: the batch and its items are written, the event not yet (held
     * back by a lock the test takes on the audit trail). The half-done transaction never commits: no batch, every
     * approved payment still waiting; the next gathering takes them all.
     */
    @Test
    @Order(4)
    void aCrashWhileBuildingAPaymentBatchLeavesNoHalfBatch() throws Exception {
        Api api = new Api(BALANCER);
        Scenario scenario = new Scenario(api);
        for (int i = 0; i < 2; i++) {
            long grant = scenario.accepted(call, "40000.00", "60000.00");
            JsonObject payment = scenario.reportAndVerify(grant, 0, "saksbehandler1");
            var approved = api.send("POST", "api/v1/payments/" + payment.getJsonNumber("id") + "/approve", "godkjenner1", null);
            assertEquals(200, approved.statusCode(), approved.body());
        }
        try (Connection db = database(); Connection blocker = database()) {
            String waiting = "select count(*) from payment p where p.status = 'APPROVED' and not exists"
                    + " (select 1 from payment_batch_item i where i.payment_id = p.id)";
            long approvedBefore = count(db, waiting);
            long batchesBefore = count(db, "select count(*) from payment_batch");
            assertTrue(approvedBefore >= 2);
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table audit_event in share row exclusive mode");
            }
            CompletableFuture<HttpResponse<String>> gathering = CompletableFuture.supplyAsync(() ->
                    new Api(NODES.get(0)).send("POST", "api/v1/payment-batches", "godkjenner1", "{}"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count(db, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike 'insert into audit_event%'") == 0) {
                assertTrue(System.nanoTime() < deadline, "the batch reached its event");
                sleep(Duration.ofMillis(100));
            }
            cluster("kill-node", "1");
            blocker.rollback();
            int answer = gathering.handle((response, noAnswer) -> noAnswer != null ? -1 : response.statusCode()).get();
            assertNotEquals(201, answer, "the client was not told of a batch");
            sleep(Duration.ofSeconds(2));
            assertEquals(batchesBefore, count(db, "select count(*) from payment_batch"), "no batch was stored");
            assertEquals(approvedBefore, count(db, waiting), "every approved payment is still waiting");

            var batch = api.send("POST", "api/v1/payment-batches", "godkjenner1", "{}");
            assertEquals(201, batch.statusCode(), batch.body());
            assertEquals(approvedBefore, Api.json(batch).getInt("count"), "the next batch takes them all");
            assertEquals(0, count(db, waiting));
            FIGURES.add(String.format("%-52s %s", "node 1 killed while building a payment batch",
                    "no batch stored, " + approvedBefore + " approved payments waiting; the next batch took all "
                            + approvedBefore));
        }
    }

    /**
     * The node delivering to the archive dies after the archive took a message (a grant's acceptance) and before it
     * recorded so. The other node sends it again once the dead node's claim has lapsed (20 s here): the case's
     * journal entries are all filed, in order, each once (the archive knows a message sent again by its key).
     */
    @Test
    @Order(5)
    void killingTheNodeThatDeliversToTheArchiveLosesAndDuplicatesNothing() throws Exception {
        Api api = new Api(BALANCER);
        long application = new Scenario(api).granted(call, "40000.00", "60000.00");
        try (Connection db = database()) {
            String reference = single(db, "select reference from application where id = ?", application);
            List<String> keys = List.of(reference + "/1", reference + "/2", reference + "/3");
            // the acceptance's message: held from before it exists, so no run can deliver it first
            archive.hold(keys.get(2));
            var accepted = api.send("POST", "api/v1/applications/" + application + "/accept", "kommune.drammen", null);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertEquals(keys, strings(db, "select journal_key from archive_message where application_id = ?"
                    + " order by position", application), "received, the grant letter, the acceptance");
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (archive.held() == null) {
                assertTrue(System.nanoTime() < deadline, "a node delivered the case's messages up to the acceptance");
                sleep(Duration.ofMillis(200));
            }
            assertEquals(keys.get(2), archive.held());
            String deliverer = single(db, "select node from scheduled_job where name = 'ArchiveDelivery'");
            String node = Files.readString(Path.of("target/cluster/node1.pid")).strip()
                    .equals(deliverer.substring(0, deliverer.indexOf('@'))) ? "1" : "2";
            cluster("kill-node", node);
            archive.release();
            long killedAt = System.nanoTime();

            deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (count(db, "select count(*) from archive_message where application_id = ? and status = 'DELIVERED'",
                    application) < keys.size()) {
                assertTrue(System.nanoTime() < deadline, "the other node delivered the case after the claim lapsed");
                sleep(Duration.ofSeconds(1));
            }
            double seconds = (System.nanoTime() - killedAt) / 1e9;
            Map<String, Integer> filed = new java.util.LinkedHashMap<>(archive.filings());
            filed.keySet().retainAll(keys);
            assertEquals(keys, List.copyOf(filed.keySet()), "filed in the case's order");
            assertEquals(List.of(1, 1, 2), keys.stream().map(archive::requests).toList(),
                    "the message the dead node sent was sent again, once; the others once");
            assertEquals(List.of(1L, 1L, 2L), keys.stream().map(key -> {
                try {
                    return count(db, "select attempts from archive_message where journal_key = ?", key);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList(), "each attempt counted");
            assertEquals(0, count(db, "select count(*) from archive_message where application_id = ?"
                    + " and (archive_case_number is null or archive_journal_number is null)", application),
                    "the archive's numbers kept");
            assertEquals(List.of(), archive.refused());
            FIGURES.add(String.format("%-52s %s", "node " + node + " killed while delivering to the archive",
                    String.format("its message sent again and the case's %d filed once each, in order, %.0f s after",
                            keys.size(), seconds)));
        }
    }

    /**
     * The deadline rush through the balancer: every municipality creates and submits an application within one
     * minute, 50 clients at a time. No errors, none lost, the year's case numbers without a gap.
     */
    @Test
    @Order(6)
    void theDeadlineRushOnTwoNodes() throws Exception {
        String prefix = "Klynge " + RUN + " frist ";
        Load warmUp = new Load();
        // Each user has signed in on both nodes before the deadline hour (HTTP Basic, remembered per node).
        Load.run(50, municipalityUsers, user -> {
            warmUp.send(get(BALANCER, "api/v1/calls/" + call, user));
            warmUp.send(get(BALANCER, "api/v1/calls/" + call, user));
        });
        long firstNumber;
        try (Connection db = database()) {
            firstNumber = count(db, "select coalesce(max(cast(substring(reference, 9) as int)), 0) from application"
                    + " where reference like 'HT-" + budgetYear() + "-%'");
        }
        Load load = new Load();
        Map<String, Boolean> submitted = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<Integer> order = IntStream.range(0, municipalityUsers.size()).boxed().toList();
        Load.run(50, order, i -> {
            // spread evenly over the minute, as a deadline hour's last minute would see them
            long due = start + Duration.ofSeconds(60).toNanos() * i / municipalityUsers.size();
            sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
            String user = municipalityUsers.get(i);
            submitted.put(user, applyAndSubmit(load, user, prefix + user));
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        int lost;
        long gaps;
        try (Connection db = database()) {
            Map<String, String> stored = titlesAndStatuses(db, prefix);
            lost = (int) municipalityUsers.stream().filter(u -> !"SUBMITTED".equals(stored.get(prefix + u))).count();
            gaps = count(db, "select max(n) - min(n) + 1 - count(*) from (select cast(substring(reference, 9) as int) n"
                    + " from application where reference like 'HT-" + budgetYear() + "-%') r where n > ?", firstNumber);
        }
        FIGURES.add(load.figures(String.format("deadline rush: 357 in %.0f s, 50 clients", seconds), 357, lost, 0));
        FIGURES.add(String.format("%-52s %d", "deadline rush: gaps in the year's case numbers", gaps));
        assertEquals(List.of(), load.otherErrors);
        assertEquals(0, load.retryableErrors.get(), "no node died: no errors at all");
        assertEquals(0, lost);
        assertTrue(submitted.values().stream().allMatch(b -> b));
        assertEquals(0, gaps);
    }

    /**
     * The access log's retention on two nodes: when a new day begins for the job (its claim row set back, as midnight
     * does), the first minute's run on one node deletes the records older than the retention period, once; the newer
     * ones are kept. Both nodes ask every minute; the day's claim lets one of them run.
     */
    @Test
    @Order(7)
    void theAccessLogIsPrunedOnceADayOnOneNode() throws Exception {
        try (Connection db = database()) {
            long application = count(db, "select min(id) from application");
            Instant now = Instant.now();
            List<Long> old = List.of(-901L, -902L, -903L);
            try (var insert = db.prepareStatement("insert into access_record (id, application_id, read_at, reader,"
                    + " reader_name, reader_role, part, route) values (?, ?, ?, 'saksbehandler1', 'Ingrid Berg',"
                    + " 'CASE_HANDLER', 'APPLICATION', 'GET /api/v1/applications/" + application + "')")) {
                for (long id : List.of(-901L, -902L, -903L, -904L)) {
                    insert.setLong(1, id);
                    insert.setLong(2, application);
                    // five years and a day back is past the default retention of 1 826 days; a day back is not
                    insert.setTimestamp(3, java.sql.Timestamp.from(now.minus(Duration.ofDays(id == -904L ? 1 : 1827))));
                    insert.executeUpdate();
                }
            }
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("delete from job_run where job = 'AccessLogRetention'");
                statement.executeUpdate("update scheduled_job set last_slot = timestamp '2000-01-01 00:00:00'"
                        + " where name = 'AccessLogRetention'");
            }
            long started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(150).toNanos();
            while (count(db, "select count(*) from access_record where id in (-901, -902, -903)") > 0) {
                assertTrue(System.nanoTime() < deadline, "a node pruned the access log within its next minutes");
                sleep(Duration.ofSeconds(1));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sleep(Duration.ofSeconds(70)); // both nodes have asked again since
            assertEquals(1, count(db, "select count(*) from access_record where id = -904"), "the newer record kept");
            assertEquals(1, count(db, "select count(*) from job_run where job = 'AccessLogRetention'"),
                    "one run for the day, on one node");
            String node = single(db, "select node from job_run where job = 'AccessLogRetention'");
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("delete from access_record where id = -904");
            }
            FIGURES.add(String.format("%-52s %s", "access log retention", old.size() + " old records deleted "
                    + String.format("%.0f s", seconds) + " after the day began, once, by " + node));
        }
    }

    /**
     * The every-minute job ran in each minute of the run, on whichever node claimed it, although nodes were killed
     * and started; the job's claim row names the last minute run. That no minute ran twice is the database's to
     * guarantee (the claim moves one row forward, and {@code job_run}'s key is job and minute), so it is not counted
     * here.
     */
    @Test
    @Order(7)
    void scheduledJobsRunEveryPeriodOnOneNode() throws SQLException {
        try (Connection db = database()) {
            long minutes = count(db, "select count(*) from job_run where job = 'EmailDispatch'");
            long span = count(db, "select cast(extract(epoch from max(slot) - min(slot)) / 60 as int) + 1 from job_run"
                    + " where job = 'EmailDispatch'");
            long nodes = count(db, "select count(distinct node) from job_run where job = 'EmailDispatch'");
            long claimAgrees = count(db, "select count(*) from scheduled_job s where s.name = 'EmailDispatch'"
                    + " and s.last_slot = (select max(slot) from job_run where job = 'EmailDispatch')");
            FIGURES.add(String.format("%-52s %s", "scheduled job EmailDispatch (every minute)", minutes
                    + " runs in " + span + " minutes, by " + nodes + " node(s)"));
            assertTrue(minutes >= 2, "the tests before ran for minutes: " + minutes);
            assertTrue(span - minutes <= 1, "at most the minute of a start was missed: " + span + " vs " + minutes);
            assertEquals(1, claimAgrees, "the claim row names the last minute run");
        }
    }

    /**
     * The security tests on the cluster: the isolation matrix on each node, bad input on every API route and script
     * in every free-text field through the balancer (so over both nodes), and on each node's answers the security
     * headers, a new session id at login and lockout after repeated failures.
     */
    @Test
    @Order(8)
    void theSecurityTestsHoldOnBothNodes() throws Exception {
        for (URL node : NODES) {
            IsolationMatrix matrix = new IsolationMatrix(node);
            matrix.everyApiRouteThatTakesAnApplicationAnswers404ToAnotherMunicipality();
            matrix.everyPageAnswersNotFoundOrShowsNothingOfAnotherMunicipalitysApplication();
            new RoleMatrix(node).everyRoleGetsOnlyItsRoutes();
            var login = new Api(node).get("login.xhtml", null, null, null);
            for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                    "Referrer-Policy")) {
                assertTrue(login.headers().firstValue(header).isPresent(), header + " on " + node);
            }
            WebSession visitor = WebSession.anonymous(node);
            String before = visitor.sessionId();
            assertTrue(visitor.logIn("saksbehandler2", PASSWORD));
            assertNotEquals(before, visitor.sessionId(), "a new session id at login on " + node);
        }
        BadInputBattery.Outcome bad = BadInputBattery.assertAllRefused(BALANCER);
        XssBattery.Outcome xss = XssBattery.assertShownAsText(BALANCER);
        // five wrong passwords on node 1, then the right one on node 2: the account is locked on every node
        String victim = "klynge.0301";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Api(NODES.get(0)).get("api/v1/calls", victim, "wrong-" + i, null).statusCode());
        }
        assertEquals(401, new Api(NODES.get(1)).get("api/v1/calls", victim, PASSWORD, null).statusCode(),
                "locked on the other node too");
        FIGURES.add(String.format("%-52s %s", "security on two nodes", "isolation and role matrices on both nodes; "
                + bad.summary() + "; " + xss.summary() + "; headers, new session id at login, lockout across nodes"));
    }

    /**
     * After all that, the backup of docs/operations.md: pg_dump of the running cluster's database, restored into a
     * fresh one, has the same rows in every table and the same ledger (the job tables aside: the nodes' timers write
     * them every minute).
     */
    @Test
    @Order(9)
    void aBackupRestoresToTheSameRowsAndLedger() throws Exception {
        String name = DATABASE.substring(DATABASE.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String copy = name + "_restored";
        Path dump = Path.of("target/cluster/backup.dump").toAbsolutePath();
        Map<String, String> original;
        try (Connection db = database()) {
            original = withoutJobs(no.gevinst.support.DatabaseFingerprint.of(db));
            shell("pg_dump -h 127.0.0.1 -U " + DATABASE_USER + " --format=custom --file=" + dump + " " + name);
        }
        shell("dropdb -h 127.0.0.1 -U " + DATABASE_USER + " --if-exists " + copy + " && createdb -h 127.0.0.1 -U "
                + DATABASE_USER + " " + copy + " && pg_restore -h 127.0.0.1 -U " + DATABASE_USER
                + " --no-owner --exit-on-error --dbname=" + copy + " " + dump);
        try (Connection restored = DriverManager.getConnection(DATABASE.replace("/" + name, "/" + copy), DATABASE_USER,
                System.getProperty("gevinst.cluster.db.password", ""))) {
            assertEquals(original, withoutJobs(no.gevinst.support.DatabaseFingerprint.of(restored)));
            assertEquals(2, count(restored, "select count(*) from pg_trigger where tgname like 'audit_event_no_%'"),
                    "the audit trail is append-only in the copy too");
        } finally {
            shell("dropdb -h 127.0.0.1 -U " + DATABASE_USER + " --if-exists " + copy);
        }
        FIGURES.add(String.format("%-52s %s", "backup (pg_dump) restored into a new database", "same rows in "
                + original.keySet().stream().filter(k -> k.startsWith("rows of")).count() + " tables, same ledger; "
                + original.get("rows of application").replace("; ", "") + " applications, "
                + original.get("rows of audit_event").replace("; ", "") + " events"));
    }

    private static Map<String, String> withoutJobs(Map<String, String> fingerprint) {
        Map<String, String> kept = new java.util.TreeMap<>(fingerprint);
        kept.keySet().removeIf(key -> key.contains("job_run") || key.contains("scheduled_job"));
        return kept;
    }

    // ---- acts as a careful client does them

    /** Creates and submits; true when the client knows it is submitted. */
    private boolean applyAndSubmit(Load load, String user, String title) {
        Long id = null;
        for (int attempt = 0; id == null && attempt < 60; attempt++) {
            if (attempt > 0) {
                id = findByTitle(load, user, title); // the unanswered attempt may have gone through
                if (id != null) {
                    break;
                }
            }
            var created = load.send(post(BALANCER, "api/v1/applications", user,
                    Scenario.completeApplication(call, title)));
            if (created != null && created.statusCode() == 201) {
                id = Api.json(created).getJsonNumber("id").longValue();
            } else if (!load.mayRetry(created)) {
                load.refused("create " + title, created);
                return false;
            }
        }
        if (id == null) {
            return false;
        }
        boolean unanswered = false;
        for (int attempt = 0; attempt < 60; attempt++) {
            var answer = load.send(post(BALANCER, "api/v1/applications/" + id + "/submit", user, null));
            if (answer != null && answer.statusCode() == 200) {
                return true;
            }
            if (load.mayRetry(answer)) {
                unanswered = true;
                continue;
            }
            if (unanswered && answer.statusCode() == 409 && "SUBMITTED".equals(status(load, user, id))) {
                return true; // the unanswered attempt did it
            }
            load.refused("submit " + id, answer);
            return false;
        }
        return false;
    }

    private boolean decide(Load load, long id) {
        String approver = id % 2 == 0 ? "godkjenner1" : "godkjenner2";
        boolean unanswered = false;
        for (int attempt = 0; attempt < 60; attempt++) {
            var answer = load.send(post(BALANCER, "api/v1/applications/" + id + "/decide", approver,
                    "{\"approve\": true, \"comment\": \"Innvilget\"}"));
            if (answer != null && answer.statusCode() == 200) {
                return true;
            }
            if (load.mayRetry(answer)) {
                unanswered = true;
                continue;
            }
            if (unanswered && answer.statusCode() == 409 && "GRANTED".equals(status(load, approver, id))) {
                return true;
            }
            load.refused("decide " + id, answer);
            return false;
        }
        return false;
    }

    private Long findByTitle(Load load, String user, String title) {
        JsonObject page = read(load, user, "api/v1/applications?callId=" + call + "&size=100");
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> title.equals(a.getString("title"))).map(a -> a.getJsonNumber("id").longValue())
                .findFirst().orElse(null);
    }

    private String status(Load load, String user, long id) {
        return read(load, user, "api/v1/applications/" + id).getString("status");
    }

    private JsonObject read(Load load, String user, String path) {
        for (int attempt = 0; attempt < 60; attempt++) {
            var answer = load.send(get(BALANCER, path, user));
            if (answer != null && answer.statusCode() == 200) {
                return Api.json(answer);
            }
            if (!load.mayRetry(answer)) {
                throw new IllegalStateException(path + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        throw new IllegalStateException(path + ": no answer");
    }

    // ---- setting up

    /** Applications of Drammen's, taken and recommended for a grant by saksbehandler1, waiting for a decision. */
    private static List<Long> recommendedApplications(int how) {
        Api api = new Api(BALANCER);
        Scenario scenario = new Scenario(api);
        List<JsonObject> criteria = Api.json(api.get("api/v1/calls/" + call, "saksbehandler1")).getJsonArray("criteria")
                .getValuesAs(JsonObject.class);
        String scores = String.join(", ", criteria.stream().map(c -> "{\"criterion\": " + c.getJsonNumber("id")
                + ", \"score\": 4}").toList());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            long id = scenario.submitted(call, "10000.00", "20000.00");
            String path = "api/v1/applications/" + id;
            assertEquals(200, api.send("POST", path + "/take", "saksbehandler1", "{\"impartial\": true}").statusCode());
            var recommended = api.send("POST", path + "/recommend", "saksbehandler1", """
                    {"outcome": "GRANT", "amount": "30000.00", "milestones": [
                      {"title": "Første", "dueDate": "2027-06-01", "amount": "10000.00"},
                      {"title": "Andre", "dueDate": "2027-09-01", "amount": "20000.00"}],
                     "scores": [%s], "justification": "God"}""".formatted(scores));
            assertEquals(200, recommended.statusCode(), recommended.body());
            ids.add(id);
        }
        return ids;
    }

    private static BigDecimal grantedAmount(long id) {
        return new BigDecimal(Api.json(new Api(BALANCER).get("api/v1/applications/" + id, "ledelse"))
                .getJsonObject("grant").getString("amount"));
    }

    private static BigDecimal committed() {
        return new BigDecimal(Api.json(new Api(BALANCER).get("api/v1/budget/" + budgetYear(), "ledelse"))
                .getString("committed"));
    }

    private static int budgetYear() {
        return Api.json(new Api(BALANCER).get("api/v1/calls/" + call, "ledelse")).getInt("budgetYear");
    }

    private static HttpRequest post(URL base, String path, String user, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest get(URL base, String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).GET().build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String nodeOf(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("GEVINST_NODE");
        assertTrue(cookie != null, "the balancer names the node of the session");
        return cookie.getValue();
    }

    // ---- the cluster and its database

    private static void cluster(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "payara/cluster.sh"));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void shell(String command) {
        run(List.of("bash", "-c", command));
    }

    private static void run(List<String> command) {
        try {
            // into a log of its own: what the scripts print would mix with the test JVM's own output stream
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/cluster/commands.log").toFile()));
            // a node started again runs on this JVM's JDK, the build's, as the profile's first nodes do
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            int exit = process.waitFor();
            assertEquals(0, exit, () -> String.join(" ", command) + " failed; the end of what it printed:\n"
                    + lastLines(Path.of("target/cluster/commands.log"), 40));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastLines(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(" + file + " could not be read: " + e + ")";
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(DATABASE, DATABASE_USER, System.getProperty("gevinst.cluster.db.password", ""));
    }

    private static Map<String, String> titlesAndStatuses(Connection db, String prefix) throws SQLException {
        Map<String, String> found = new java.util.HashMap<>();
        try (var query = db.prepareStatement("select title, status from application where title like ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return found;
    }

    private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return ((Number) single(db, sql, parameters)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static <T> T single(Connection db, String sql, Object... parameters) throws SQLException {
        try (var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return (T) rows.getObject(1);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URL url(String address) {
        try {
            return URI.create(address.endsWith("/") ? address : address + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
