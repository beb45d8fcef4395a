package no.gevinst.benefits.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.ApplicationStatus;

/** The grants in operation that report benefits, for the reminders of their yearly report. */
@Stateless
public class BenefitReporting {

    /** A grant in operation: since when, for how many years it reports, and its latest measurement (null: none). */
    public record Reporting(long applicationId, LocalDate inOperationSince, int periodYears, LocalDate latest) {
    }

    @PersistenceContext
    EntityManager em;

    /** The operational grants that went into operation within the days given. */
    public List<Reporting> inOperation(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, g.in_operation_since, f.reporting_period_years,"
                + " (select max(m.measured_on) from benefit_measurement m where m.application_id = a.id"
                + " and m.replaced = false) from application a join grant_award g on g.application_id = a.id"
                + " join funding_call f on f.id = a.call_id where a.status = ?3"
                + " and g.in_operation_since is not null and g.in_operation_since >= ?1 and g.in_operation_since <= ?2")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, ApplicationStatus.OPERATIONAL.name()).getResultList();
        return rows.stream().map(r -> new Reporting(((Number) r[0]).longValue(), day(r[1]),
                ((Number) r[2]).intValue(), r[3] == null ? null : day(r[3]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
