package no.gevinst.payments.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.payments.entity.PaymentStatus;

/** What grants have coming due, for the reminders: answers, milestones and operation, by their dates. */
@Stateless
public class GrantsDue {

    /** A grant's deadline: for its answer, or for operation. */
    public record Deadline(long applicationId, LocalDate on) {
    }

    /** A planned milestone of a running grant and its due date. */
    public record Milestone(long applicationId, long milestoneId, String title, LocalDate dueDate) {
    }

    @PersistenceContext
    EntityManager em;

    /** Grants not yet answered whose acceptance deadline falls within the days given. */
    public List<Deadline> awaitingAnswer(LocalDate from, LocalDate to) {
        return rows("select a.id, g.acceptance_deadline from grant_award g join application a on a.id = g.application_id"
                + " where a.status = ?3 and g.acceptance_deadline >= ?1 and g.acceptance_deadline <= ?2", from, to,
                ApplicationStatus.GRANTED).stream().map(r -> new Deadline(id(r[0]), day(r[1]))).toList();
    }

    /** Planned milestones of running grants due within the days given. */
    public List<Milestone> milestones(LocalDate from, LocalDate to) {
        return rows("select a.id, m.id, m.title, m.due_date from grant_milestone m"
                + " join application a on a.id = m.application_id where a.status in (?3, ?4) and m.status = ?5"
                + " and m.due_date >= ?1 and m.due_date <= ?2", from, to, ApplicationStatus.ACCEPTED,
                ApplicationStatus.IN_PROGRESS, MilestoneStatus.PLANNED).stream()
                .map(r -> new Milestone(id(r[0]), id(r[1]), (String) r[2], day(r[3]))).toList();
    }

    /** Running grants not in operation whose operation deadline falls within the days given. */
    public List<Deadline> awaitingOperation(LocalDate from, LocalDate to) {
        return rows("select a.id, g.operation_deadline from grant_award g join application a on a.id = g.application_id"
                + " where a.status in (?3, ?4) and g.in_operation_since is null and g.operation_deadline >= ?1"
                + " and g.operation_deadline <= ?2", from, to, ApplicationStatus.ACCEPTED,
                ApplicationStatus.IN_PROGRESS).stream().map(r -> new Deadline(id(r[0]), day(r[1]))).toList();
    }

    /** How many payments of the grant wait for an approver. */
    public long proposedPayments(long applicationId) {
        return ((Number) em.createNativeQuery("select count(*) from payment where application_id = ?1 and status = ?2")
                .setParameter(1, applicationId).setParameter(2, PaymentStatus.PROPOSED.name()).getSingleResult())
                .longValue();
    }

    private List<Object[]> rows(String sql, LocalDate from, LocalDate to, Enum<?>... codes) {
        var query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to));
        for (int i = 0; i < codes.length; i++) {
            query.setParameter(3 + i, codes[i].name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
