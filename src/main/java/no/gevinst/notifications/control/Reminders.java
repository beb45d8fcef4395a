package no.gevinst.notifications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import no.gevinst.applications.entity.Application;
import no.gevinst.benefits.control.BenefitReporting;
import no.gevinst.notifications.entity.BenefitReportDue;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.payments.control.GrantsDue;
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

    @Inject
    GrantsDue grantsDue;

    @Inject
    BenefitReporting benefitReporting;

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
        for (var due : grantsDue.awaitingAnswer(today, today.plusDays(14))) {
            String threshold = ChronoUnit.DAYS.between(today, due.on()) <= 3 ? "3" : "14";
            made += remind(due.applicationId(), NotificationKind.ACCEPTANCE_DUE, Formats.date(due.on()), threshold);
        }
        for (var due : grantsDue.milestones(today, today.plusDays(14))) {
            made += remind(due.applicationId(), NotificationKind.MILESTONE_DUE, due.title() + " ("
                    + Formats.date(due.dueDate()) + ")", String.valueOf(due.milestoneId()));
        }
        // the day before today is the last overdue one: a milestone due today is not yet overdue
        for (var due : grantsDue.milestones(today.minusYears(5), today.minusDays(1))) {
            made += remind(due.applicationId(), NotificationKind.MILESTONE_OVERDUE, due.title() + " ("
                    + Formats.date(due.dueDate()) + ")", String.valueOf(due.milestoneId()));
        }
        for (var due : grantsDue.awaitingOperation(today, today.plusDays(60))) {
            made += remind(due.applicationId(), NotificationKind.OPERATION_DUE, Formats.date(due.on()), "60");
        }
        for (var due : grantsDue.awaitingOperation(today.minusYears(5), today.minusDays(1))) {
            made += remind(due.applicationId(), NotificationKind.OPERATION_OVERDUE, Formats.date(due.on()), "passed");
        }
        made += benefitReports(today);
        return made;
    }

    /** The yearly benefit report of grants in operation, as {@link BenefitReportDue} says. */
    private int benefitReports(LocalDate today) {
        int made = 0;
        for (var grant : benefitReporting.inOperation(today.minusYears(25), today)) {
            var soon = BenefitReportDue.soon(grant.inOperationSince(), grant.periodYears(), grant.latest(), today);
            if (soon.isPresent()) {
                made += remind(grant.applicationId(), NotificationKind.BENEFIT_REPORT_DUE,
                        Formats.date(soon.get().on()), String.valueOf(soon.get().year()));
            }
            var overdue = BenefitReportDue.overdue(grant.inOperationSince(), grant.periodYears(), grant.latest(),
                    today);
            if (overdue.isPresent()) {
                made += remind(grant.applicationId(), NotificationKind.BENEFIT_REPORT_OVERDUE,
                        Formats.date(overdue.get().on()), String.valueOf(overdue.get().year()));
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
}
