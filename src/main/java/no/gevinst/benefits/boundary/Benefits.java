package no.gevinst.benefits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.benefits.entity.ReportingDuty;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.control.GrantLocks;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Role;

/**
 * Benefit measurements and what they realise. The lead municipality reports them from its operation report on;
 * every reader of the application sees them, and the realisation of each target.
 */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
public class Benefits {

    static final String ENTITY = "Application";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions versions;

    @Inject
    Applications applications;

    @Inject
    AuditTrail audit;

    @Inject
    GrantLocks locks;

    @Inject
    Grants grants;

    @Inject
    BudgetYears budgetYears;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** One benefit target's first measurement, reported with the operation. */
    public record FirstMeasurement(long benefitTargetId, Measurement.Report report) {
    }

    /**
     * The municipality reports the project in operation with the first measurements of its benefit targets, all or
     * nothing: the operation report is the grant's, the measurements are recorded after it in the same transaction.
     */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Grant reportOperation(long applicationId, LocalDate since, String description,
            List<FirstMeasurement> measurements) {
        Grant grant = grants.reportOperation(applicationId, since, description, measurements.size());
        for (FirstMeasurement first : measurements) {
            report(applicationId, first.benefitTargetId(), first.report());
        }
        return grant;
    }

    /** Reports a measurement of one of the grant's benefit targets (MUNICIPALITY, the lead). */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Measurement report(long applicationId, long targetId, Measurement.Report report) {
        Application application = reportable(applicationId);
        Measurement measurement = Measurement.report(target(application, targetId), report, caller(), clock.instant(),
                LocalDate.now(clock));
        em.persist(measurement);
        em.flush();
        audit.record(AuditKind.BENEFIT_MEASURED, ENTITY, String.valueOf(applicationId), describe(measurement));
        return measurement;
    }

    /** Corrects a measurement with a new one that replaces it; the old one is kept (MUNICIPALITY, the lead). */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Measurement correct(long applicationId, long measurementId, Measurement.Report report) {
        Application application = reportable(applicationId);
        Measurement old = em.find(Measurement.class, measurementId, LockModeType.PESSIMISTIC_WRITE);
        if (old == null || !old.getApplicationId().equals(application.getId())) {
            throw new NotFoundException("Measurement " + measurementId);
        }
        Measurement correction = old.correctWith(report, caller(), clock.instant(), LocalDate.now(clock));
        em.persist(correction);
        em.flush();
        audit.record(AuditKind.BENEFIT_MEASUREMENT_CORRECTED, ENTITY, String.valueOf(applicationId), describe(correction)
                + "; replaces measurement " + measurementId + " (" + old.getValue() + " on " + old.getMeasuredOn() + ")");
        return correction;
    }

    /** Every measurement of an application the caller may read, replaced ones included, by target and date. */
    public List<Measurement> measurements(long applicationId) {
        Application application = applications.get(applicationId);
        return em.createQuery("select m from Measurement m where m.applicationId = :id"
                + " order by m.target.position, m.measuredOn, m.id", Measurement.class)
                .setParameter("id", application.getId()).getResultList();
    }

    /** Each benefit target's realisation, by target id, from its latest measurement that is not replaced. */
    public Map<Long, Realisation> realisations(long applicationId) {
        Application application = applications.get(applicationId);
        return realisations(application, measurements(applicationId));
    }

    private Map<Long, Realisation> realisations(Application application, List<Measurement> measurements) {
        Grant grant = em.find(Grant.class, application.getId());
        return Realisation.ofTargets(application.getBenefitTargets(), measurements,
                grant == null ? null : grant.getOperation().getSince());
    }

    /**
     * Closes an operational grant whose reporting period (the scheme's, counted from the operation date) is over
     * with every benefit target reported every year; refused with the years that miss reports otherwise. Its payments
     * must be settled (see {@code Grant.close}); milestones never verified are freed back to the year's frame, under
     * the locks in {@code GrantLocks}' order.
     */
    @RolesAllowed(Role.Names.CASE_HANDLER)
    public Application close(long applicationId) {
        Application application = applications.get(applicationId);
        if (application.getStatus() != no.gevinst.applications.entity.ApplicationStatus.OPERATIONAL) {
            throw new DomainException("grant.notInThisState", application.getStatus());
        }
        Grant grant = locks.lock(application);
        int years = application.getCall().getReportingPeriodYears();
        ReportingDuty duty = new ReportingDuty(grant.getOperation().getSince(), years);
        var reports = reportDates(application, measurements(applicationId));
        LocalDate today = LocalDate.now(clock);
        if (!duty.isFulfilled(reports, today)) {
            List<Integer> missing = duty.missingYears(reports, today);
            if (missing.isEmpty()) {
                throw new DomainException("grant.reportingPeriodNotOver", grant.getOperation().getSince().plusYears(years));
            }
            throw new DomainException("grant.reportsMissing", missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
        Money before = budget.getCommitted();
        Money freed = grant.close(application, session.getCallerPrincipal().getName(), clock.instant());
        budget.free(freed);
        versions.changed(application);
        audit.record(AuditKind.GRANT_CLOSED, ENTITY, String.valueOf(applicationId), application.getReference()
                + ": reporting period of " + years + " years from " + grant.getOperation().getSince() + " fulfilled"
                + (freed.isPositive() ? "; milestones never verified freed: " + freed + "; committed "
                        + grant.getBudgetYear() + " " + before + " -> " + budget.getCommitted() : ""));
        return application;
    }

    /** A grant in operation that is behind on a target, has one not reported, or whose yearly report is overdue. */
    public record Lagging(long applicationId, String reference, String municipality, long behind, long notReported,
            boolean overdue) {
    }

    /** The grants in operation that are behind, not reporting, or overdue, by reference. */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT})
    public List<Lagging> lagging() {
        LocalDate today = LocalDate.now(clock);
        List<Application> operational = em.createQuery("select a from Application a where a.status = :operational"
                + " order by a.reference", Application.class)
                .setParameter("operational", no.gevinst.applications.entity.ApplicationStatus.OPERATIONAL)
                .getResultList();
        List<Lagging> lagging = new java.util.ArrayList<>();
        for (Application application : operational) {
            Grant grant = em.find(Grant.class, application.getId());
            List<Measurement> measurements = measurements(application.getId());
            var statuses = realisations(application, measurements).values().stream().map(Realisation::status).toList();
            long behind = statuses.stream().filter(s -> s == no.gevinst.benefits.entity.RealisationStatus.BEHIND).count();
            long notReported = statuses.stream()
                    .filter(s -> s == no.gevinst.benefits.entity.RealisationStatus.NOT_REPORTED).count();
            boolean overdue = grant.getOperation().getSince() != null && new ReportingDuty(grant.getOperation().getSince(),
                    application.getCall().getReportingPeriodYears()).isOverdue(reportDates(application, measurements), today);
            if (behind > 0 || notReported > 0 || overdue) {
                lagging.add(new Lagging(application.getId(), application.getReference(),
                        application.getMunicipality().getName(), behind, notReported, overdue));
            }
        }
        return lagging;
    }

    /** The dates each benefit target was reported (measured or not, replaced ones not counted). */
    private static List<List<LocalDate>> reportDates(Application application, List<Measurement> measurements) {
        Map<Long, List<LocalDate>> dates = measurements.stream().filter(m -> !m.isReplaced())
                .collect(Collectors.groupingBy(m -> m.getTarget().getId(),
                        Collectors.mapping(Measurement::getMeasuredOn, Collectors.toList())));
        return application.getBenefitTargets().stream().map(t -> dates.getOrDefault(t.getId(), List.of())).toList();
    }

    private Application reportable(long applicationId) {
        Application application = applications.get(applicationId);
        if (!applications.mayEdit(application)) {
            throw new DomainException("application.partnerReadsOnly");
        }
        Grant grant = em.find(Grant.class, application.getId());
        if (grant == null || !grant.getOperation().acceptsMeasurements(application)) {
            throw new DomainException("measurement.notYet", application.getStatus());
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return application;
    }

    private static BenefitTarget target(Application application, long targetId) {
        return application.getBenefitTargets().stream().filter(t -> t.getId() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("Benefit target " + targetId));
    }

    private static String describe(Measurement m) {
        return "target " + (m.getTarget().getPosition() + 1) + " (" + m.getTarget().getIndicator() + "): "
                + (m.getValue() == null ? "not measured: " + m.getNotMeasuredReason() : m.getValue()) + " on "
                + m.getMeasuredOn();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
