package no.gevinst.opendata.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.gevinst.opendata.entity.OpenGrant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The published grants as one CSV table, a row per grant, with the column headings of 360Giving's flat spreadsheet
 * template ({@code Recipient Org:Identifier}, ...), so that 360Giving's tools read it too. Comma-separated, quoted
 * where needed (RFC 4180), amounts with a point and two decimals.
 */
public final class GrantsCsv {

    static final List<String> HEADINGS = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date", "Recipient Org:Identifier",
            "Recipient Org:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Name",
            "Partner Municipalities", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
            "Grant Programme:Title", "Budget Year", "Classifications:Code", "Planned Dates:Start Date",
            "Planned Dates:End Date", "Actual Dates:End Date", "Disbursements", "Benefit Targets", "Last modified");

    private GrantsCsv() {
    }

    public static String of(List<OpenGrant> grants, GivingPackage.Publisher publisher) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADINGS.toArray(String[]::new)).get())) {
            for (OpenGrant grant : grants) {
                csv.printRecord(GivingPackage.grantId(publisher, grant), grant.title(), grant.description(), "NOK",
                        grant.requested().amount(), grant.awarded().amount(), grant.disbursed().amount(),
                        grant.awardDate(), grant.recipientOrganisationNumber() == null ? ""
                                : "NO-BRC-" + grant.recipientOrganisationNumber(),
                        grant.recipient().name(), grant.recipient().number(), grant.recipient().name(),
                        grant.partners().stream().map(p -> p.number() + " " + p.name())
                                .collect(Collectors.joining("; ")),
                        publisher.organisationId(), publisher.name(), publisher.idPrefix() + "-call-" + grant.callId(),
                        grant.callTitle(), grant.budgetYear(), grant.category(), text(grant.plannedStart()),
                        text(grant.plannedOperation()), text(grant.operationSince()),
                        grant.disbursements().stream().map(d -> d.sentOn() + " " + d.amount().amount())
                                .collect(Collectors.joining("; ")),
                        grant.benefits().stream().map(GrantsCsv::benefit).collect(Collectors.joining("; ")),
                        grant.modified());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return out.toString();
    }

    /** "indicator: baseline → target unit, realised n %" */
    private static String benefit(OpenGrant.Benefit benefit) {
        return benefit.indicator() + ": " + number(benefit.baseline()) + " → " + number(benefit.target())
                + (benefit.unit() == null ? "" : " " + benefit.unit())
                + (benefit.realisedPercent() == null ? "" : ", " + benefit.realisedPercent().toPlainString() + " %");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
