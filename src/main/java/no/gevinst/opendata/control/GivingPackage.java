package no.gevinst.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.gevinst.opendata.entity.OpenGrant;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.i18n.Messages;

/**
 * The published grants as a 360Giving data package (the 360Giving Data Standard 1.4): each grant with its
 * identifier ({@code <prefix>-<reference>}), the municipality as recipient ({@code NO-BRC-<organisation number>}),
 * partner municipalities as beneficiary locations beside it, the call as grant programme, the payments sent as
 * disbursement transactions, and what each benefit target has realised in the field {@code gevinstBenefits}, which
 * the standard lets a publisher add.
 */
public final class GivingPackage {

    /** Who publishes: the scheme's owner, and the identifiers it publishes under. */
    public record Publisher(String idPrefix, String organisationNumber, String name, String website) {

        public String organisationId() {
            return "NO-BRC-" + organisationNumber;
        }
    }

    static final String VERSION = "1.4";
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private GivingPackage() {
    }

    public static String grantId(Publisher publisher, OpenGrant grant) {
        return publisher.idPrefix() + "-" + grant.reference();
    }

    public static JsonObject of(List<OpenGrant> grants, Publisher publisher, Integer budgetYear, Instant modified) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        grants.forEach(grant -> items.add(grant(grant, publisher)));
        String title = "Gevinst – tilskudd til helseteknologi i kommunene" + (budgetYear == null ? ""
                : " " + budgetYear);
        return Json.createObjectBuilder()
                .add("version", VERSION)
                .add("title", title)
                .add("description", "Tilskudd gitt, utbetalt og gevinster realisert i tilskuddsordningen for"
                        + " helseteknologi i kommunene" + (budgetYear == null ? "" : ", budsjettåret " + budgetYear)
                        + ". Ett tilskudd per søknad som fikk tilsagn og ikke ble avslått av kommunen eller falt bort.")
                .add("identifier", publisher.idPrefix() + (budgetYear == null ? "" : "-" + budgetYear))
                .add("modified", modified.atZone(Clocks.NORWAY).toOffsetDateTime().toString())
                .add("license", "https://creativecommons.org/licenses/by/4.0/")
                .add("publisher", Json.createObjectBuilder().add("identifier", publisher.organisationId())
                        .add("name", publisher.name()).add("website", publisher.website()))
                .add("grants", items)
                .build();
    }

    private static JsonObjectBuilder grant(OpenGrant grant, Publisher publisher) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", grantId(publisher, grant))
                .add("title", grant.title())
                .add("description", grant.description() == null ? grant.title() : grant.description())
                .add("currency", "NOK")
                .add("amountAppliedFor", amount(grant.requested()))
                .add("amountAwarded", amount(grant.awarded()))
                .add("amountDisbursed", amount(grant.disbursed()))
                .add("awardDate", grant.awardDate().toString())
                .add("dateModified", grant.modified().atZone(Clocks.NORWAY).toOffsetDateTime().toString());
        JsonObjectBuilder recipient = Json.createObjectBuilder()
                .add("id", grant.recipientOrganisationNumber() == null ? publisher.idPrefix() + "-municipality-"
                        + grant.recipient().number() : "NO-BRC-" + grant.recipientOrganisationNumber())
                .add("name", grant.recipient().name())
                .add("addressCountry", "NO")
                .add("organisationType", "Kommune");
        if (grant.recipientOrganisationNumber() != null) {
            recipient.add("companyNumber", grant.recipientOrganisationNumber());
        }
        json.add("recipientOrganization", Json.createArrayBuilder().add(recipient));
        JsonArrayBuilder locations = Json.createArrayBuilder().add(location(grant.recipient()));
        grant.partners().forEach(partner -> locations.add(location(partner)));
        json.add("beneficiaryLocation", locations);
        json.add("fundingOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", publisher.organisationId()).add("name", publisher.name())));
        json.add("grantProgramme", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("code", publisher.idPrefix() + "-call-" + grant.callId()).add("title", grant.callTitle())));
        json.add("fromOpenCall", "Yes");
        json.add("classifications", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("vocabulary", "gevinst:technologyCategory").add("code", grant.category())
                .add("title", Messages.text(BOKMAAL, "category." + grant.category()))));
        JsonObjectBuilder planned = Json.createObjectBuilder().add("title", "Planlagt oppstart og drift");
        optionalDate(planned, "startDate", grant.plannedStart());
        optionalDate(planned, "endDate", grant.plannedOperation());
        json.add("plannedDates", Json.createArrayBuilder().add(planned));
        if (grant.operationSince() != null) {
            json.add("actualDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("title", "I drift").add("endDate", grant.operationSince().toString())));
        }
        JsonArrayBuilder disbursements = Json.createArrayBuilder();
        grant.disbursements().forEach(payment -> disbursements.add(Json.createObjectBuilder()
                .add("id", grantId(publisher, grant) + "-payment-" + payment.paymentId())
                .add("value", amount(payment.amount())).add("currency", "NOK")
                .add("transactionDate", payment.sentOn().toString())));
        json.add("disbursementTransaction", disbursements);
        JsonArrayBuilder benefits = Json.createArrayBuilder();
        grant.benefits().forEach(benefit -> {
            JsonObjectBuilder target = Json.createObjectBuilder().add("indicator", benefit.indicator())
                    .add("kind", benefit.kind());
            optional(target, "unit", benefit.unit());
            optional(target, "baseline", benefit.baseline());
            optional(target, "target", benefit.target());
            optionalDate(target, "targetDate", benefit.targetDate());
            optional(target, "latestValue", benefit.latestValue());
            optionalDate(target, "latestOn", benefit.latestOn());
            optional(target, "realisedPercent", benefit.realisedPercent());
            benefits.add(target);
        });
        json.add("gevinstBenefits", benefits);
        return json;
    }

    private static JsonObjectBuilder location(OpenGrant.Place place) {
        return Json.createObjectBuilder().add("name", place.name()).add("countryCode", "NO")
                .add("geoCode", place.number()).add("geoCodeType", "NO-kommunenummer");
    }

    private static BigDecimal amount(Money money) {
        return money.amount();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void optional(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void optionalDate(JsonObjectBuilder json, String name, LocalDate value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
