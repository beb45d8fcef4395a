package no.gevinst.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.municipalities.entity.Municipality;
import jakarta.inject.Inject;
import java.util.Optional;
import no.gevinst.opendata.control.GivingPackage;
import no.gevinst.opendata.control.GrantsCsv;
import no.gevinst.opendata.entity.MunicipalFigures;
import no.gevinst.opendata.entity.OpenGrant;
import no.gevinst.platform.persistence.BatchReads;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import no.gevinst.platform.entity.PublicText;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.entity.Clocks;

/**
 * The grants the scheme publishes, to anyone: every decided grant that was not declined or let lapse (those were
 * never taken up), with what was paid (the payments sent) and what it achieved. Never a person: the free texts are
 * cleared of the application's contact person and of email addresses and telephone numbers, and no user is named.
 */
@Stateless
@PermitAll
public class OpenGrants {

    /** A grant is published from its decision on, unless the municipality declined it or let it lapse. */
    static final Set<ApplicationStatus> PUBLISHED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.ACCEPTED,
            ApplicationStatus.IN_PROGRESS, ApplicationStatus.OPERATIONAL, ApplicationStatus.CLOSED,
            ApplicationStatus.CANCELLED, ApplicationStatus.EXPIRED);

    /** What is published, written out, and when what it holds last changed; empty when nothing is published. */
    public record Publication(String body, Instant modified) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "gevinst.open-data.id-prefix", defaultValue = "360G-gevinst")
    String idPrefix;

    @Inject
    @ConfigProperty(name = "gevinst.open-data.funder.organisation-number", defaultValue = "983544622")
    String funderNumber;

    @Inject
    @ConfigProperty(name = "gevinst.open-data.funder.name", defaultValue = "Helsedirektoratet")
    String funderName;

    @Inject
    @ConfigProperty(name = "gevinst.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The published grants of a budget year (null: every year) as a 360Giving data package. */
    public Optional<Publication> asGivingPackage(Integer budgetYear) {
        List<OpenGrant> grants = grants(budgetYear);
        return grants.isEmpty() ? Optional.empty() : Optional.of(new Publication(GivingPackage.of(grants, publisher(),
                budgetYear, modified(grants)).toString(), modified(grants)));
    }

    /** The same as one CSV table. */
    public Optional<Publication> asTable(Integer budgetYear) {
        List<OpenGrant> grants = grants(budgetYear);
        return grants.isEmpty() ? Optional.empty()
                : Optional.of(new Publication(GrantsCsv.of(grants, publisher()), modified(grants)));
    }

    private GivingPackage.Publisher publisher() {
        return new GivingPackage.Publisher(idPrefix, funderNumber, funderName, baseUrl);
    }

    private static Instant modified(List<OpenGrant> grants) {
        return grants.stream().map(OpenGrant::modified).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Each lead municipality's published grants of a budget year (null: every year), in a county and a category
     * (null: any), summed in the database: for the maps, which must not read every grant.
     */
    public List<MunicipalFigures.Total> totalsByMunicipality(Integer budgetYear, String county, String category) {
        StringBuilder sql = new StringBuilder("select m.number, m.name, m.population, count(*), sum(g.amount)"
                + " from grant_award g join application a on a.id = g.application_id"
                + " join municipality m on m.number = a.municipality_number where a.status in (");
        List<Object> parameters = new ArrayList<>();
        for (ApplicationStatus status : PUBLISHED) {
            sql.append(parameters.isEmpty() ? "?" : ", ?");
            parameters.add(status.name());
        }
        sql.append(")");
        if (budgetYear != null) {
            sql.append(" and g.budget_year = ?");
            parameters.add(budgetYear);
        }
        if (county != null && !county.isBlank()) {
            sql.append(" and m.county_number = ?");
            parameters.add(county);
        }
        if (category != null && !category.isBlank()) {
            sql.append(" and a.category = ?");
            parameters.add(category);
        }
        sql.append(" group by m.number, m.name, m.population order by m.number");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<MunicipalFigures.Total> totals = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.add(new MunicipalFigures.Total((String) columns[0], (String) columns[1],
                    columns[2] == null ? null : ((Number) columns[2]).intValue(), ((Number) columns[3]).longValue(),
                    new java.math.BigDecimal(columns[4].toString())));
        }
        return totals;
    }

    /** The budget years that have published grants, the latest first. */
    public List<Integer> years() {
        return em.createQuery("select distinct g.budgetYear from Grant g, Application a where a.id = g.applicationId"
                + " and a.status in :published order by g.budgetYear desc", Integer.class)
                .setParameter("published", PUBLISHED).getResultList();
    }

    /** The published grants of a budget year (null: of every year), by reference. */
    public List<OpenGrant> grants(Integer budgetYear) {
        String year = budgetYear == null ? "" : " and g.budgetYear = :year";
        String published = " in (select g.applicationId from Grant g, Application a where a.id = g.applicationId"
                + " and a.status in :published" + year + ")";
        // read together, each relation in one more query for all (not once per grant)
        TypedQuery<Application> applications = BatchReads.of(em.createQuery("select a from Application a where a.id"
                + published + " order by a.reference", Application.class), List.of("a.partners", "a.benefitTargets",
                        "a.municipality", "a.call"));
        TypedQuery<Grant> grants = BatchReads.of(em.createQuery("select g from Grant g where g.applicationId"
                + published, Grant.class), List.of("g.payments"));
        TypedQuery<Measurement> measured = em.createQuery("select m from Measurement m where m.applicationId"
                + published + " order by m.measuredOn, m.id", Measurement.class);
        for (TypedQuery<?> query : List.of(applications, grants, measured)) {
            query.setParameter("published", PUBLISHED);
            if (budgetYear != null) {
                query.setParameter("year", budgetYear);
            }
        }
        Map<Long, Grant> grantOf = grants.getResultList().stream()
                .collect(Collectors.toMap(Grant::getApplicationId, Function.identity()));
        Map<Long, List<Measurement>> measurements = measured.getResultList().stream()
                .collect(Collectors.groupingBy(Measurement::getApplicationId));
        List<OpenGrant> open = new ArrayList<>();
        for (Application application : applications.getResultList()) {
            open.add(published(grantOf.get(application.getId()), application,
                    measurements.getOrDefault(application.getId(), List.of())));
        }
        return open;
    }

    private static OpenGrant published(Grant grant, Application application, List<Measurement> measurements) {
        List<String> people = Stream.of(application.getContactName(), application.getContactEmail(),
                application.getContactPhone()).filter(Objects::nonNull).toList();
        Function<String, String> open = text -> PublicText.of(text, people);
        List<OpenGrant.Disbursement> disbursements = grant.getPayments().stream()
                .filter(payment -> payment.getStatus() == PaymentStatus.SENT)
                .sorted(Comparator.comparing(Payment::getSentAt))
                .map(payment -> new OpenGrant.Disbursement(payment.getId(), payment.getNet(), date(payment.getSentAt())))
                .toList();
        LocalDate operation = grant.getOperation().getSince();
        Map<Long, Realisation> realised = Realisation.ofTargets(application.getBenefitTargets(), measurements,
                operation);
        List<OpenGrant.Benefit> benefits = application.getBenefitTargets().stream()
                .sorted(Comparator.comparingInt(BenefitTarget::getPosition)).map(target -> {
                    Realisation realisation = realised.get(target.getId());
                    return new OpenGrant.Benefit(open.apply(target.getIndicator()), target.getKind().name(),
                            open.apply(target.getUnit()), target.getBaseline(), target.getTarget(),
                            target.getTargetDate(), realisation.latestValue(), realisation.latestOn(),
                            realisation.percent());
                }).toList();
        Instant modified = Stream.of(Stream.of(grant.getDecidedAt(), grant.getAnswer().getAnsweredAt(),
                        grant.getEnding() == null ? null : grant.getEnding().getEndedAt()),
                grant.getPayments().stream().map(Payment::getSentAt),
                measurements.stream().map(Measurement::getReportedAt))
                .flatMap(Function.identity()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(grant.getDecidedAt());
        Municipality lead = application.getMunicipality();
        return new OpenGrant(application.getReference(), open.apply(application.getTitle()),
                open.apply(application.getSummary()), application.getRequestedAmount(), grant.getAmount(),
                date(grant.getDecidedAt()), place(lead),
                lead.getOrganisationNumber().map(number -> number.value()).orElse(null), lead.getPopulation(),
                new OpenGrant.Place(lead.getCounty().getNumber(), lead.getCounty().getName()),
                application.getPartners().stream().map(OpenGrants::place).toList(), application.getCall().getId(),
                application.getCall().getTitle(), grant.getBudgetYear(), application.getCategory().name(),
                application.getPlannedStartDate(), application.getPlannedOperationDate(), operation, disbursements,
                benefits, modified);
    }

    private static OpenGrant.Place place(Municipality municipality) {
        return new OpenGrant.Place(municipality.getNumber(), municipality.getName());
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(Clocks.NORWAY).toLocalDate();
    }
}
