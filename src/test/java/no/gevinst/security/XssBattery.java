package no.gevinst.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.support.Api;
import no.gevinst.support.Scenario;
import no.gevinst.support.WebSession;
import no.gevinst.support.Workbooks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes script into every free-text field of an application and of its case (return reason, justification, decision
 * comment, milestone report, operation report, measurement comment), drives it to a grant through the API as the
 * users would, and checks that it is shown as text everywhere it comes out: in the pages the case handler and the
 * municipality open (escaped, never as markup), in the grant letter (the literal text) and in the Excel report (the
 * literal string, a title beginning with {@code =} a string cell, never a formula).
 *
 * <p>Black-box, with the demo users only: {@code XssBattery.run(new URL("http://host:8080/gevinst/"))} returns what
 * it checked and what failed; {@link #assertShownAsText(URL)} fails with every failure listed.
 */
public final class XssBattery {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    /** A spreadsheet formula that would call out if a cell evaluated it. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private static final String MUNICIPALITY = "kommune.drammen";
    private static final String CASE_HANDLER = "saksbehandler1";
    private static final String APPROVER = "godkjenner1";
    private static final String MANAGEMENT = "ledelse";
    /**
     * Written with script but shown on no page once the case is decided: the decision comment comes out in the
     * letter (checked there), the score comments only through the API. Their markup is still looked for on every
     * page.
     */
    private static final java.util.Set<String> NOT_ON_PAGES = java.util.Set.of("scoreComment", "decisionComment");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos|nbsp);");

    /** What the battery checked and, for each check that did not hold, why. */
    public record Outcome(int checks, int fields, List<String> failures) {

        public String summary() {
            return checks + " checks of " + fields + " fields holding script, " + failures.size() + " failed"
                    + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures));
        }
    }

    private final URL base;
    private final Api api;
    private final Scenario scenario;
    private final List<String> failures = new ArrayList<>();
    private int checks;

    /** Each field written with script, by a name an auditor recognises, and the text it holds. */
    private final Map<String, String> written = new LinkedHashMap<>();

    private XssBattery(URL base) {
        this.base = base;
        this.api = new Api(base);
        this.scenario = new Scenario(api);
    }

    public static Outcome run(URL base) {
        XssBattery battery = new XssBattery(base);
        int budgetYear = 2060;
        long call = battery.scenario.call(budgetYear, "1000000000.00");
        long granted = battery.grantedWithScriptEverywhere(call);
        long formula = battery.submittedWithTitle(call, FORMULA);
        battery.pages(granted, call);
        battery.letter(granted);
        battery.report(budgetYear, granted, formula);
        return new Outcome(battery.checks, battery.written.size(), List.copyOf(battery.failures));
    }

    public static Outcome assertShownAsText(URL base) {
        Outcome outcome = run(base);
        if (!outcome.failures().isEmpty()) {
            throw new AssertionError(outcome.summary());
        }
        return outcome;
    }

    /** The field's text with both kinds of script; {@code max} keeps it within the field's length. */
    private String script(String field, int max) {
        String text = field + " " + SCRIPT + " " + IMAGE;
        if (text.length() > max) {
            text = IMAGE.length() + field.length() + 1 <= max ? field + " " + IMAGE : IMAGE;
        }
        written.put(field, text);
        return text;
    }

    // ---------------------------------------------------------------- the case, through the API

    private long grantedWithScriptEverywhere(long call) {
        JsonObjectBuilder application = Json.createObjectBuilder()
                .add("callId", call).add("title", script("title", 300)).add("category", "WELFARE_TECHNOLOGY")
                .add("summary", script("summary", 4000)).add("serviceChange", script("serviceChange", 8000))
                .add("contactName", script("contactName", 200)).add("contactEmail", "k@drammen.example")
                .add("bankAccount", "86011117947").add("eligibleCost", "200000.00")
                .add("ownContribution", "100000.00").add("requestedAmount", "100000.00")
                .add("plannedStartDate", "2048-01-01").add("plannedOperationDate", "2048-09-01")
                .add("milestones", Json.createArrayBuilder()
                        .add(milestone(script("milestone", 300), "60000.00"))
                        .add(milestone("Andre del", "40000.00")))
                .add("benefitTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("indicator", script("indicator", 300)).add("kind", "QUALITY")
                        .add("unit", script("unit", 60)).add("baseline", 10).add("baselineDate", "2047-01-15")
                        .add("target", 50).add("targetDate", "2049-01-01").add("owner", script("owner", 200))));
        long id = id(require(api.send("POST", "api/v1/applications", MUNICIPALITY, application.build().toString()),
                201));
        String path = "api/v1/applications/" + id;
        require(api.send("POST", path + "/submit", MUNICIPALITY, null), 200);
        require(api.send("POST", path + "/take", CASE_HANDLER, "{\"impartial\": true}"), 200);
        require(api.send("POST", path + "/return", CASE_HANDLER, Json.createObjectBuilder()
                .add("reason", script("returnReason", 2000)).build().toString()), 200);
        require(api.send("POST", path + "/submit", MUNICIPALITY, null), 200);
        require(api.send("POST", path + "/take", CASE_HANDLER, "{\"impartial\": true}"), 200);
        var scores = Json.createArrayBuilder();
        JsonArray criteria = Api.json(require(api.get("api/v1/calls/" + call, CASE_HANDLER), 200))
                .getJsonArray("criteria");
        criteria.getValuesAs(JsonObject.class).forEach(c -> scores.add(Json.createObjectBuilder()
                .add("criterion", c.getJsonNumber("id")).add("score", 4).add("comment", script("scoreComment", 2000))));
        require(api.send("POST", path + "/recommend", CASE_HANDLER, Json.createObjectBuilder()
                .add("outcome", "GRANT").add("amount", "100000.00")
                .add("milestones", Json.createArrayBuilder()
                        .add(milestone(script("planMilestone", 300), "60000.00"))
                        .add(milestone("Andre del", "40000.00")))
                .add("scores", scores).add("justification", script("justification", 4000)).build().toString()), 200);
        require(api.send("POST", path + "/decide", APPROVER, Json.createObjectBuilder().add("approve", true)
                .add("comment", script("decisionComment", 2000)).build().toString()), 200);
        require(api.send("POST", path + "/accept", MUNICIPALITY, null), 200);

        JsonObject grant = Api.json(require(api.get(path, MUNICIPALITY), 200));
        long milestone = grant.getJsonObject("grant").getJsonArray("milestones").getJsonObject(0)
                .getJsonNumber("id").longValue();
        require(api.upload(path + "/attachments", MUNICIPALITY, "leveranse.pdf", "application/pdf",
                BadInputBattery.PDF, Map.of("milestone", String.valueOf(milestone))), 201);
        require(api.send("POST", path + "/milestones/" + milestone + "/report", MUNICIPALITY,
                Json.createObjectBuilder().add("completedOn", today().toString())
                        .add("description", script("milestoneReport", 4000)).build().toString()), 200);
        require(api.send("POST", path + "/milestones/" + milestone + "/send-back", CASE_HANDLER,
                Json.createObjectBuilder().add("reason", script("sendBackReason", 2000)).build().toString()), 200);
        require(api.send("POST", path + "/operation/report", MUNICIPALITY, Json.createObjectBuilder()
                .add("inOperationSince", today().toString())
                .add("description", script("operationReport", 4000)).build().toString()), 200);
        long target = grant.getJsonArray("benefitTargets").getJsonObject(0).getJsonNumber("id").longValue();
        require(api.send("POST", path + "/benefits/" + target + "/measurements", MUNICIPALITY,
                Json.createObjectBuilder().add("measuredOn", today().toString()).add("value", 30)
                        .add("comment", script("measurementComment", 2000)).build().toString()), 201);
        return id;
    }

    private long submittedWithTitle(long call, String title) {
        String json = Json.createObjectBuilder().add("callId", call).add("title", title)
                .add("category", "WELFARE_TECHNOLOGY").add("summary", "S").add("serviceChange", "T")
                .add("contactName", "K").add("contactEmail", "k@drammen.example").add("bankAccount", "86011117947")
                .add("eligibleCost", "200000.00").add("ownContribution", "100000.00")
                .add("requestedAmount", "100000.00").add("plannedStartDate", "2048-01-01")
                .add("plannedOperationDate", "2048-09-01")
                .add("milestones", Json.createArrayBuilder().add(milestone("M", "100000.00")))
                .add("benefitTargets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "I")
                        .add("kind", "QUALITY").add("unit", "prosent").add("baseline", 10)
                        .add("baselineDate", "2047-01-15").add("target", 50).add("targetDate", "2049-01-01")
                        .add("owner", "O")))
                .build().toString();
        long id = id(require(api.send("POST", "api/v1/applications", MUNICIPALITY, json), 201));
        require(api.send("POST", "api/v1/applications/" + id + "/submit", MUNICIPALITY, null), 200);
        return id;
    }

    // ---------------------------------------------------------------- where the text comes out

    /**
     * The pages of the case as the case handler and the municipality open them: no script as markup on any of them,
     * and each field shown, escaped, on at least one.
     */
    private void pages(long id, long call) {
        Map<String, String> shown = new LinkedHashMap<>();
        WebSession caseHandler = WebSession.login(base, CASE_HANDLER);
        WebSession municipality = WebSession.login(base, MUNICIPALITY);
        WebSession management = WebSession.login(base, MANAGEMENT);
        for (String page : new String[] {"application.xhtml?id=" + id, "casework/assessment.xhtml?id=" + id,
                "applications.xhtml", "casework/index.xhtml", "ranking.xhtml?id=" + call}) {
            shown.put("case handler's " + page, page(caseHandler, page));
        }
        for (String page : new String[] {"application.xhtml?id=" + id, "municipality/index.xhtml",
                "applications.xhtml", "notifications.xhtml"}) {
            shown.put("municipality's " + page, page(municipality, page));
        }
        for (String page : new String[] {"application.xhtml?id=" + id, "events.xhtml", "portfolio.xhtml"}) {
            shown.put("management's " + page, page(management, page));
        }
        shown.forEach((page, html) -> {
            for (String markup : new String[] {SCRIPT, "<img src=x onerror=alert(1)>", "<script>alert("}) {
                check(!html.contains(markup), page + " holds the markup " + markup + " unescaped at "
                        + around(html, markup));
            }
        });
        for (var field : written.entrySet()) {
            if (NOT_ON_PAGES.contains(field.getKey())) {
                continue;
            }
            boolean seen = shown.values().stream().anyMatch(html -> decoded(html).contains(field.getValue()));
            check(seen, "the " + field.getKey() + " is shown as text on none of the pages " + shown.keySet());
        }
        String title = written.get("title");
        for (String page : new String[] {"case handler's application.xhtml?id=" + id,
                "municipality's application.xhtml?id=" + id}) {
            check(decoded(shown.get(page)).contains(title), page + " shows the title as text");
            check(shown.get(page).contains("&lt;script&gt;"), page + " holds the script escaped");
        }
    }

    private String page(WebSession session, String path) {
        HttpResponse<String> response = session.get(path);
        check(response.statusCode() == 200, path + " answers " + response.statusCode());
        return response.body();
    }

    /** The grant letter holds each text it quotes literally. */
    private void letter(long id) {
        HttpResponse<byte[]> letter = api.download("api/v1/applications/" + id + "/letter", MUNICIPALITY);
        check(letter.statusCode() == 200, "the letter answers " + letter.statusCode());
        if (letter.statusCode() != 200) {
            return;
        }
        String text;
        try (PDDocument document = Loader.loadPDF(letter.body())) {
            text = flat(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String field : new String[] {"title", "planMilestone", "indicator", "decisionComment"}) {
            check(text.contains(flat(written.get(field))), "the letter holds the " + field + " literally: "
                    + written.get(field));
        }
    }

    /** The portfolio report holds the title as the literal string, and a formula as text. */
    private void report(int budgetYear, long granted, long formula) {
        HttpResponse<byte[]> report = api.download("api/v1/reports/portfolio?budgetYear=" + budgetYear, MANAGEMENT);
        check(report.statusCode() == 200, "the portfolio report answers " + report.statusCode());
        if (report.statusCode() != 200) {
            return;
        }
        try (XSSFWorkbook workbook = Workbooks.open(report.body())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Cell> titles = new ArrayList<>();
            for (Row row : Workbooks.dataRows(sheet)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && (cell.getStringCellValue().startsWith("title ") || cell.getStringCellValue()
                                    .contains("HYPERLINK"))) {
                        titles.add(cell);
                    }
                }
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    check(cell.getCellType() != CellType.FORMULA || !cell.getCellFormula().contains("HYPERLINK"),
                            "the report holds the title as a formula: " + cell.getAddress());
                }
            }
            check(titles.stream().anyMatch(c -> c.getStringCellValue().equals(written.get("title"))),
                    "the report holds the title as the literal string " + written.get("title"));
            check(titles.stream().anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(FORMULA)),
                    "the report holds the title " + FORMULA + " as a string cell");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- small helpers

    private void check(boolean holds, String failure) {
        checks++;
        if (!holds) {
            failures.add(failure);
        }
    }

    /** The text of HTML with its character references resolved, as a browser shows it (markup left in place). */
    static String decoded(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String around(String html, String markup) {
        int at = html.indexOf(markup);
        return at < 0 ? "" : html.substring(Math.max(0, at - 120), Math.min(html.length(), at + markup.length() + 40))
                .replaceAll("\\s+", " ");
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
    }

    private static JsonObjectBuilder milestone(String title, String amount) {
        return Json.createObjectBuilder().add("title", title).add("dueDate", "2048-06-01").add("amount", amount);
    }

    private static long id(HttpResponse<String> created) {
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static <T> HttpResponse<T> require(HttpResponse<T> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Driving the case: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }
}
