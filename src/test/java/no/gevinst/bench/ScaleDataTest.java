package no.gevinst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scale data obeys the scheme's rules, as the application would have made it: every grant adds up, the frame
 * holds, batches hold what they say, the years age as they should; and the same seed gives the same data.
 */
class ScaleDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static String url;
    private static ScaleData.Summary summary;

    private static String freshDatabase(String name) {
        return "jdbc:h2:file:" + Path.of("target", "scale-db", name + "-" + System.nanoTime()).toAbsolutePath();
    }

    @BeforeAll
    static void generate() throws SQLException {
        url = freshDatabase("rules");
        ScaleData.migrate(url, "", "");
        try (Connection connection = DriverManager.getConnection(url, "", "")) {
            summary = ScaleData.generate(connection, 3, 11, TODAY);
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "", "");
                var rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void aboutFourHundredApplicationsAYearFromTheRegistersMunicipalities() throws SQLException {
        for (String count : column("select count(*) from application a join funding_call c on c.id = a.call_id"
                + " where c.title like 'Helseteknologi i kommunene 20%' group by c.budget_year")) {
            assertTrue(Integer.parseInt(count) >= 380 && Integer.parseInt(count) <= 420, count);
        }
        assertTrue(Integer.parseInt(column("select count(distinct municipality_number) from application").get(0)) > 250);
        assertTrue(Integer.parseInt(column("select count(distinct application_id) from application_partner").get(0)) > 200,
                "a quarter are joint applications");
    }

    @Test
    void everyGrantAddsUpAndEveryKroneIsPaidWithheldFreedOrNotYetDue() throws SQLException {
        assertEquals(List.of(), column("select g.application_id from grant_award g where g.amount <>"
                + " (select sum(m.amount) from grant_milestone m where m.application_id = g.application_id)"));
        // Verified milestones are paid (net plus withheld), freed ones went back to the frame, the rest is not yet due.
        assertEquals(List.of(), column("select g.application_id from grant_award g where g.amount <>"
                + " coalesce((select sum(p.gross) from payment p where p.application_id = g.application_id"
                + " and p.kind = 'MILESTONE' and p.status <> 'REJECTED'), 0) + g.freed"
                + " + coalesce((select sum(m.amount) from grant_milestone m where m.application_id = g.application_id"
                + " and m.status in ('PLANNED', 'REPORTED')), 0)"));
        // A release pays out exactly what was withheld, and only for a grant in operation.
        assertEquals(List.of(), column("select g.application_id from grant_award g join payment r"
                + " on r.application_id = g.application_id and r.kind = 'RELEASE' where g.in_operation_since is null"
                + " or r.gross <> (select sum(p.withheld) from payment p where p.application_id = g.application_id"
                + " and p.kind = 'MILESTONE')"));
    }

    @Test
    void theFrameHoldsEachYearAndTheBudgetSaysWhatTheGrantsCommit() throws SQLException {
        List<String> years = column("select b.budget_year from budget_year b where b.committed <>"
                + " (select sum(g.amount - g.freed - g.forfeited) from grant_award g where g.budget_year = b.budget_year)"
                + " or b.committed > 300000000");
        assertEquals(List.of(), years);
        summary.committed().values().forEach(c -> assertTrue(c.compareTo(new BigDecimal("250000000")) > 0,
                "calls are oversubscribed, so the frame is nearly used: " + c));
    }

    @Test
    void batchesHoldSentPaymentsOnlyOnceAndTheirTotals() throws SQLException {
        assertEquals(List.of(), column("select b.id from payment_batch b where b.total <> (select sum(p.net) from"
                + " payment p join payment_batch_item i on i.payment_id = p.id where i.batch_id = b.id)"
                + " or b.payment_count <> (select count(*) from payment_batch_item i where i.batch_id = b.id)"));
        assertEquals(List.of(), column("select p.id from payment p join payment_batch_item i on i.payment_id = p.id"
                + " where p.status <> 'SENT'"));
        assertEquals(List.of(), column("select id from payment where status = 'SENT' and id not in"
                + " (select payment_id from payment_batch_item)"));
    }

    @Test
    void olderYearsAreInOperationOrEndedAndTheYoungestIsUnderWay() throws SQLException {
        List<String> oldest = column("select distinct a.status from application a join grant_award g on"
                + " g.application_id = a.id where g.budget_year = 2024");
        assertTrue(oldest.contains("OPERATIONAL") && oldest.contains("LAPSED"), "2024: " + oldest);
        List<String> youngest = column("select distinct a.status from application a join grant_award g on"
                + " g.application_id = a.id where g.budget_year = 2026");
        assertTrue(youngest.contains("IN_PROGRESS") || youngest.contains("ACCEPTED"), "2026: " + youngest);
        assertTrue(Integer.parseInt(column("select count(*) from benefit_measurement").get(0)) > 100);
        assertTrue(Integer.parseInt(column("select count(*) from audit_event").get(0)) > 5000, "the trail of it all");
    }

    @Test
    void theSameSeedMakesTheSameData() throws SQLException {
        String again = freshDatabase("again");
        ScaleData.migrate(again, "", "");
        try (Connection connection = DriverManager.getConnection(again, "", "")) {
            ScaleData.Summary second = ScaleData.generate(connection, 3, 11, TODAY);
            assertEquals(summary, second);
        }
    }
}
