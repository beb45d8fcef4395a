package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.Scenario;
import no.gevinst.support.SqlStatements;
import no.gevinst.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The pages case handlers and management open all day ask the database a fixed number of times, however many
 * rows they show: no query per row (N+1). Counted by EclipseLink's own session events per request
 * ({@link SqlStatements}), with few applications and then with many, from twelve municipalities so that anything
 * fetched per municipality would show too.
 */
public abstract class QueryCountIT {

    /** Twelve municipalities of the 2024 register, in as many counties as possible. */
    private static final String[] MUNICIPALITIES = {"0301", "1103", "4601", "5001", "3301", "4621", "3403", "1804",
            "5501", "4204", "3907", "1506"};

    final URL base = DeployedApplication.reported();

    private Api api() {
        return new Api(Deployments.onLoopback(base));
    }

    private void recommended(long call, int count) {
        String from = Arrays.stream(MUNICIPALITIES).map(m -> "&municipality=" + m).reduce("", String::concat);
        var response = api().send("POST", "api/v1/test-support/recommended?callId=" + call + "&count=" + count
                + "&amount=100000.00&recommender=saksbehandler1&varyScores=true" + from, "admin", null);
        assertEquals(200, response.statusCode(), response.body());
    }

    /** The statements one request for {@code path} took, after a first request has warmed the page up. */
    private int statements(WebSession session, String path) {
        assertEquals(200, session.get(path).statusCode(), path);
        String id = UUID.randomUUID().toString();
        var page = session.get(path, SqlStatements.HEADER, id);
        assertEquals(200, page.statusCode(), path);
        var counted = api().send("GET", "api/v1/test-support/sql-statements/" + id, "admin", null);
        assertEquals(200, counted.statusCode(), "the request was counted: " + path);
        return count(path, counted.body());
    }

    /** The count on the first line; the statements after it are printed, so that a growing count shows its cause. */
    private static int count(String path, String body) {
        String[] lines = body.split("\n");
        System.out.printf("%s: %s statements%n  %s%n", path, lines[0], String.join("\n  ",
                java.util.Arrays.copyOfRange(lines, 1, lines.length)));
        return Integer.parseInt(lines[0].trim());
    }

    private int apiStatements(String path, String user) {
        String id = UUID.randomUUID().toString();
        assertEquals(200, api().send("GET", path, user, null).statusCode(), path);
        assertEquals(200, api().send("GET", path, user, null, SqlStatements.HEADER, id).statusCode(), path);
        var counted = api().send("GET", "api/v1/test-support/sql-statements/" + id, "admin", null);
        assertEquals(200, counted.statusCode(), "the request was counted: " + path);
        return count(path, counted.body());
    }

    private Map<String, Integer> countEach(long call) {
        WebSession caseHandler = WebSession.login(Deployments.onLoopback(base), "saksbehandler1");
        WebSession management = WebSession.login(Deployments.onLoopback(base), "ledelse");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("application list page", statements(caseHandler, "applications.xhtml?status=RECOMMENDED"));
        counts.put("ranking page", statements(caseHandler, "ranking.xhtml?call=" + call));
        counts.put("management start page (dashboard)", statements(management, "management/index.xhtml"));
        counts.put("application list API", apiStatements("api/v1/applications?callId=" + call + "&size=100", "ledelse"));
        return counts;
    }

    @Test
    void theListTheRankingAndTheDashboardAskTheDatabaseAsOftenForManyRowsAsForFew() {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        long call = new Scenario(api()).call(year, "500000000.00");
        recommended(call, 3);
        Map<String, Integer> few = countEach(call);
        recommended(call, 45);
        Map<String, Integer> many = countEach(call);
        System.out.printf("SQL statements per request, 3 and 48 applications: %s and %s%n", few, many);
        few.forEach((what, count) -> {
            assertTrue(count > 0, what + ": the counter sees the statements");
            assertTrue(count <= 40, what + ": a bounded number of statements, " + count);
            assertTrue(many.get(what) <= count, what + ": " + count + " statements for 3 rows, " + many.get(what)
                    + " for 48");
        });
    }
}
