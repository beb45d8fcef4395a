package no.gevinst.notifications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import no.gevinst.applications.entity.Application;
import no.gevinst.notifications.entity.BenefitReportDue;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.platform.control.JobClaims;
import no.gevinst.platform.i18n.Formats;

/**
 * Reminds municipalities of what is coming due: the answer to a grant (14 and 3 days before), a milestone (14 days
 * before, and when overdue), operation (60 days before the deadline, and when it has passed) and the yearly benefit
 * report (30 days before, and when none came for a year). Every reminder has a key naming what it is about; a key
 * already used is not used again, and the key is unique in the database, so running the job twice — or on two
 * nodes — reminds once.
 */
@Stateless
@PermitAll
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Inject
    JobClaims jobs;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        if (jobs.claim("Reminders", ChronoUnit.HOURS)) {
            remind();
        }
    }

    /** Makes the reminders due today; returns how many notifications were made. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (Object[] r : rows("select a.id, g.acceptance_deadline from grant_award g"
                + " join application a on a.id = g.application_id where a.status = 'GRANTED'"
                + " and g.acceptance_deadline >= ?1 and g.acceptance_deadline <= ?2", today, today.plusDays(14))) {
            LocalDate deadline = day(r[1]);
            String threshold = ChronoUnit.DAYS.between(today, deadline) <= 3 ? "3" : "14";
            made += remind(id(r), NotificationKind.ACCEPTANCE_DUE, Formats.date(deadline), threshold);
        }
        String running = " a.status in ('ACCEPTED', 'IN_PROGRESS')";
        for (Object[] r : rows("select a.id, m.id, m.title, m.due_date from grant_milestone m"
                + " join application a on a.id = m.application_id where" + running + " and m.status = 'PLANNED'"
                + " and m.due_date >= ?1 and m.due_date <= ?2", today, today.plusDays(14))) {
            made += remind(id(r), NotificationKind.MILESTONE_DUE, r[2] + " (" + Formats.date(day(r[3])) + ")",
                    String.valueOf(r[1]));
        }
        for (Object[] r : rows("select a.id, m.id, m.title, m.due_date from grant_milestone m"
                + " join application a on a.id = m.application_id where" + running + " and m.status = 'PLANNED'"
                + " and m.due_date < ?1 and m.due_date >= ?2", today, today.minusYears(5))) {
            made += remind(id(r), NotificationKind.MILESTONE_OVERDUE, r[2] + " (" + Formats.date(day(r[3])) + ")",
                    String.valueOf(r[1]));
        }
        for (Object[] r : rows("select a.id, g.operation_deadline from grant_award g"
                + " join application a on a.id = g.application_id where" + running
                + " and g.in_operation_since is null and g.operation_deadline >= ?1 and g.operation_deadline <= ?2",
                today, today.plusDays(60))) {
            made += remind(id(r), NotificationKind.OPERATION_DUE, Formats.date(day(r[1])), "60");
        }
        for (Object[] r : rows("select a.id, g.operation_deadline from grant_award g"
                + " join application a on a.id = g.application_id where" + running
                + " and g.in_operation_since is null and g.operation_deadline < ?1 and g.operation_deadline >= ?2",
                today, today.minusYears(5))) {
            made += remind(id(r), NotificationKind.OPERATION_OVERDUE, Formats.date(day(r[1])), "passed");
        }
        made += benefitReports(today);
        return made;
    }

    /** The yearly benefit report of grants in operation, as {@link BenefitReportDue} says. */
    private int benefitReports(LocalDate today) {
        int made = 0;
        for (Object[] r : rows("select a.id, g.in_operation_since, f.reporting_period_years,"
                + " (select max(m.measured_on) from benefit_measurement m where m.application_id = a.id"
                + " and m.replaced = false) from application a join grant_award g on g.application_id = a.id"
                + " join funding_call f on f.id = a.call_id where a.status = 'OPERATIONAL'"
                + " and g.in_operation_since is not null and g.in_operation_since >= ?1 and g.in_operation_since <= ?2",
                today.minusYears(25), today)) {
            LocalDate operation = day(r[1]);
            int period = ((Number) r[2]).intValue();
            LocalDate latest = r[3] == null ? null : day(r[3]);
            long id = id(r);
            var soon = BenefitReportDue.soon(operation, period, latest, today);
            if (soon.isPresent()) {
                made += remind(id, NotificationKind.BENEFIT_REPORT_DUE, Formats.date(soon.get().on()),
                        String.valueOf(soon.get().year()));
            }
            var overdue = BenefitReportDue.overdue(operation, period, latest, today);
            if (overdue.isPresent()) {
                made += remind(id, NotificationKind.BENEFIT_REPORT_OVERDUE, Formats.date(overdue.get().on()),
                        String.valueOf(overdue.get().year()));
            }
        }
        return made;
    }

    /** The reminder to the applicant's users, unless it was made before. */
    private int remind(long applicationId, NotificationKind kind, String detail, String occasion) {
        String key = kind + ":" + applicationId + ":" + occasion;
        long made = em.createQuery("select count(n) from Notification n where n.reminderKey like :key", Long.class)
                .setParameter("key", key + ":%").getSingleResult();
        if (made > 0) {
            return 0;
        }
        Application application = em.find(Application.class, applicationId);
        var users = notifier.municipalityUsers(application);
        notifier.notify(users, kind, application, detail, key, Set.of());
        return users.size();
    }

    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to)).getResultList();
        return rows;
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
