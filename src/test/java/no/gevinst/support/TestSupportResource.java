package no.gevinst.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.gevinst.platform.entity.Role;

/**
 * Lets tests outside the container make their own data over HTTP. Deployed with the tests only
 * ({@link Deployments#withTestSupport}), never with the application.
 */
@Path("test-support")
@RequestScoped
public class TestSupportResource {

    @Inject
    TestData testData;

    @Inject
    java.time.Clock clock;

    @Inject
    no.gevinst.payments.boundary.GrantDeadlines grantDeadlines;

    @Inject
    no.gevinst.notifications.control.Reminders reminders;

    @Inject
    no.gevinst.notifications.control.EmailDispatch emailDispatch;

    @Inject
    no.gevinst.assessment.boundary.Assessments assessments;

    @Inject
    no.gevinst.archive.control.ArchiveDelivery archiveDelivery;

    @Inject
    no.gevinst.archive.control.ArchiveOutbox archiveOutbox;

    @Inject
    no.gevinst.tracking.boundary.AccessLogRetention accessLogRetention;

    @POST
    @Path("users")
    @Produces(MediaType.TEXT_PLAIN)
    public String createUser(@QueryParam("prefix") String prefix, @QueryParam("role") Role role,
            @QueryParam("password") String password) {
        return testData.createUser(prefix, role, null, password);
    }

    /**
     * How many SQL statements the request sent with header {@code X-Test-Sql-Count: id} took, on the first line,
     * then the statements (404: no such request).
     */
    @GET
    @Path("sql-statements/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public jakarta.ws.rs.core.Response sqlStatements(@jakarta.ws.rs.PathParam("id") String id) {
        java.util.List<String> statements = SqlStatements.counted(id);
        return statements == null ? jakarta.ws.rs.core.Response.status(404).build()
                : jakarta.ws.rs.core.Response.ok(statements.size() + "\n" + String.join("\n", statements)).build();
    }

    @POST
    @Path("recommended")
    @Produces(MediaType.TEXT_PLAIN)
    public String recommended(@QueryParam("callId") long callId, @QueryParam("count") int count,
            @QueryParam("amount") String amount, @QueryParam("recommender") String recommender,
            @QueryParam("municipality") java.util.List<String> municipalities, @QueryParam("varyScores") boolean varyScores) {
        return testData.recommended(callId, count, amount, recommender,
                municipalities.isEmpty() ? java.util.List.of("3301") : municipalities, varyScores).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Moves the application's clock {@code days} ahead of real time (0: back to real time, and the notifications made
     * meanwhile dated now, see {@link TestData#notificationsBackToNow}).
     */
    @POST
    @Path("clock")
    @Produces(MediaType.TEXT_PLAIN)
    public String shiftClock(@QueryParam("days") int days) {
        ShiftedClock.shift(days);
        if (days == 0) {
            testData.notificationsBackToNow(java.time.Instant.now());
        }
        return java.time.LocalDate.now(clock).toString();
    }

    /** Runs the acceptance deadline part of the grant deadline job now, as its timer would. */
    @POST
    @Path("jobs/acceptance-deadlines")
    @Produces(MediaType.TEXT_PLAIN)
    public int runAcceptanceDeadlines() {
        return grantDeadlines.lapseUnanswered();
    }

    /** Runs the operation deadline job now, as its timer would. */
    @POST
    @Path("jobs/operation-deadlines")
    @Produces(MediaType.TEXT_PLAIN)
    public int runOperationDeadlines() {
        return grantDeadlines.expireNotInOperation();
    }

    @GET
    @Path("committed-by-grants")
    @Produces(MediaType.TEXT_PLAIN)
    public String committedByGrants(@QueryParam("year") int year) {
        return testData.committedByGrants(year).toString();
    }

    @POST
    @Path("benefit-portfolio")
    @Produces(MediaType.TEXT_PLAIN)
    public int benefitPortfolio(@QueryParam("grants") int grants, @QueryParam("seed") long seed) {
        return testData.benefitPortfolio(grants, seed);
    }

    @GET
    @Path("realised")
    @Produces(MediaType.TEXT_PLAIN)
    public String realised(@QueryParam("by") String by) {
        return String.join("\n", testData.realisedSums(by));
    }

    /** Sends the application's email to an SMTP server on the loopback interface at {@code port}; 0 turns it off. */
    @POST
    @Path("mail")
    public void mail(@QueryParam("port") int port) {
        TestMail.use(port == 0 ? no.gevinst.notifications.control.MailSettings.OFF
                : new no.gevinst.notifications.control.MailSettings(true, "127.0.0.1", port, "", "",
                        "gevinst@test.example", false, "http://localhost:8080"));
    }

    /** Runs the reminder job now, as its timer would; returns the notifications it made. */
    @POST
    @Path("jobs/reminders")
    @Produces(MediaType.TEXT_PLAIN)
    public int runReminders() {
        return reminders.remind();
    }

    /** Delivers the archive's outbox now, as the timer would; returns how many messages arrived. */
    @POST
    @Path("jobs/archive")
    @Produces(MediaType.TEXT_PLAIN)
    public String deliverToTheArchive() {
        return String.valueOf(archiveDelivery.deliver());
    }

    /** Delivers the archive's outbox now to a Fiks Arkiv gateway at {@code url}; returns how many arrived. */
    @POST
    @Path("jobs/archive-http")
    @Produces(MediaType.TEXT_PLAIN)
    public String deliverToAGateway(@QueryParam("url") String url, @QueryParam("timeoutSeconds") int timeoutSeconds) {
        return String.valueOf(archiveDelivery.deliver(new no.gevinst.archive.control.HttpTransport(
                java.net.URI.create(url), java.time.Duration.ofSeconds(timeoutSeconds))));
    }

    /**
     * A node that dies in the middle of a delivery: it claims the first due message and hands it to the gateway at
     * {@code url}, and is gone before it can record that the message arrived. Returns the message's journal key.
     */
    @POST
    @Path("jobs/archive-http-dies")
    @Produces(MediaType.TEXT_PLAIN)
    public String dieWhileDelivering(@QueryParam("url") String url) {
        long id = archiveOutbox.due(1).get(0);
        if (!archiveOutbox.claim(id)) {
            throw new IllegalStateException("claimed by another");
        }
        var parcel = archiveOutbox.parcel(id);
        new no.gevinst.archive.control.HttpTransport(java.net.URI.create(url), java.time.Duration.ofSeconds(5))
                .deliver(parcel);
        return parcel.key();
    }

    /** Runs the access log's retention job now, as its timer would; returns how many records it deleted. */
    @POST
    @Path("jobs/access-log-retention")
    @Produces(MediaType.TEXT_PLAIN)
    public int runAccessLogRetention() {
        return accessLogRetention.deleteExpired();
    }

    /** "refused" when the database refuses to change the application's access records, else how many rows changed. */
    @POST
    @Path("tamper-access-log")
    @Produces(MediaType.TEXT_PLAIN)
    public String tamperWithTheAccessLog(@QueryParam("applicationId") long applicationId,
            @QueryParam("statement") String statement) {
        try {
            return "changed " + testData.tamperWithAccessRecords(applicationId, statement);
        } catch (RuntimeException refused) {
            return "refused";
        }
    }

    /** Sends the pending emails now, as the timer would; returns how many went. */
    @POST
    @Path("jobs/email")
    @Produces(MediaType.TEXT_PLAIN)
    public int runEmail() {
        return emailDispatch.dispatch();
    }

    @POST
    @Path("municipality-name")
    public void renameMunicipality(@QueryParam("number") String number, @QueryParam("name") String name) {
        testData.rename(number, name);
    }

    @GET
    @Path("events")
    @Produces(MediaType.TEXT_PLAIN)
    public long countEvents(@QueryParam("kind") String kind, @QueryParam("user") String username) {
        return testData.countEvents(kind, username);
    }

    /** "refused" when the database refuses to change the oldest audit event, else how many rows it changed. */
    @POST
    @Path("tamper-audit-trail")
    @Produces(MediaType.TEXT_PLAIN)
    public String tamper(@QueryParam("statement") String statement) {
        try {
            return "changed " + testData.tamperWithTheOldestEvent(statement);
        } catch (RuntimeException refused) {
            return "refused";
        }
    }

    /**
     * Adjusts one benefit target's value, as the calling user, through the boundary the assessment page uses (the API
     * has no route for it): 204, or the refusal as the API answers refusals.
     */
    @POST
    @Path("adjust-benefit-target")
    public void adjustBenefitTarget(@QueryParam("applicationId") long applicationId,
            @QueryParam("targetId") long targetId, @QueryParam("target") java.math.BigDecimal target,
            @QueryParam("targetDate") String targetDate, @QueryParam("reason") String reason) {
        assessments.adjustBenefitTargets(applicationId, java.util.List.of(new no.gevinst.applications.entity
                .BenefitTarget.Adjustment(targetId, target, java.time.LocalDate.parse(targetDate))), reason);
    }

    @GET
    @Path("oldest-event")
    @Produces(MediaType.TEXT_PLAIN)
    public String oldestEvent() {
        return testData.oldestEvent();
    }

    /** "locked" when the locks were taken and released in the job's order, else the database's refusal. */
    @POST
    @Path("locks/application-then-budget-year")
    @Produces(MediaType.TEXT_PLAIN)
    public String lockApplicationThenBudgetYear(@QueryParam("application") long applicationId,
            @QueryParam("year") int year, @QueryParam("pauseMillis") long pauseMillis) {
        try {
            testData.lockApplicationThenBudgetYear(applicationId, year, pauseMillis);
            return "locked";
        } catch (RuntimeException refused) {
            return "refused: " + refused;
        }
    }

    /**
     * Runs one SQL statement, as anyone with the application's database user could: "changed n", or "refused",
     * the SQLState and the database's message when the database refuses it (and rolls it back).
     */
    @POST
    @Path("sql/update")
    @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String sqlUpdate(String sql) {
        try {
            return "changed " + testData.execute(sql);
        } catch (RuntimeException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sqlException) {
                    return "refused " + sqlException.getSQLState() + " " + sqlException.getMessage();
                }
            }
            throw refused;
        }
    }

    /** The rows of a SQL query, one a line, columns separated by tabs. */
    @POST
    @Path("sql/query")
    @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String sqlQuery(String sql) {
        return String.join("\n", testData.query(sql));
    }

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/gevinst")
    javax.sql.DataSource dataSource;

    /**
     * Fills the database with {@code years} of the benchmark's generated scheme ({@link no.gevinst.bench.ScaleData},
     * ending with this year or {@code until}), committed in one transaction of its own; returns its rows per table.
     */
    @POST
    @Path("scale-data")
    @Produces(MediaType.TEXT_PLAIN)
    public String scaleData(@QueryParam("years") int years, @QueryParam("seed") long seed,
            @QueryParam("until") String until) throws java.sql.SQLException {
        // Years far from the ones other test classes use, when asked: the generated scheme shares their database.
        java.time.LocalDate today = until == null ? java.time.LocalDate.now(clock) : java.time.LocalDate.parse(until);
        try (java.sql.Connection connection = dataSource.getConnection()) {
            try {
                return no.gevinst.bench.ScaleData.generate(connection, years, seed, today)
                        .rows().toString();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
