package no.gevinst.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import no.gevinst.applications.entity.Application;
import no.gevinst.audit.entity.AuditEvent;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.notifications.entity.Notification;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.payments.control.GrantsDue;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.entity.UserAccount;

/**
 * Turns recorded acts into notifications, in the act's own transaction: the municipality hears of what happens to
 * its application, the directorate of what waits for it. Four eyes: a payment to approve is never announced to
 * the one who proposed it.
 */
@Stateless
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    private static final String APPLICATION = "Application";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrantsDue grantsDue;

    @Inject
    jakarta.enterprise.inject.Instance<MailSettings> mail;

    public void on(@Observes AuditEvent event) {
        switch (event.getKind()) {
            case APPLICATION_RETURNED -> toMunicipality(event, NotificationKind.RETURNED, null);
            case DECISION_GRANTED -> toMunicipality(event, NotificationKind.GRANTED, grant(event) == null ? null
                    : Formats.date(grant(event).getAnswer().getDeadline()));
            case DECISION_REJECTED -> toMunicipality(event, NotificationKind.REJECTED, null);
            case MILESTONE_SENT_BACK -> toMunicipality(event, NotificationKind.MILESTONE_SENT_BACK, null);
            case GRANT_LAPSED -> toMunicipality(event, NotificationKind.GRANT_LAPSED, null);
            case GRANT_CANCELLED -> toMunicipality(event, NotificationKind.GRANT_CANCELLED, null);
            case GRANT_EXPIRED -> toMunicipality(event, NotificationKind.GRANT_EXPIRED, null);
            case DECISION_POINT_GO -> toMunicipality(event, NotificationKind.DECISION_POINT_GO, null);
            case DECISION_POINT_STOPPED -> toMunicipality(event, NotificationKind.DECISION_POINT_STOPPED, null);
            case CHANGE_APPROVED -> toMunicipality(event, NotificationKind.CHANGE_APPROVED, null);
            case CHANGE_REJECTED -> toMunicipality(event, NotificationKind.CHANGE_REJECTED, null);
            case CHANGE_REQUESTED -> toDirectorate(event, Role.CASE_HANDLER, NotificationKind.CHANGE_REQUESTED);
            case CHANGE_RECOMMENDED -> toDirectorate(event, Role.APPROVER, NotificationKind.CHANGE_RECOMMENDED);
            case PAYMENT_BATCH_SENT -> batchSent(event);
            case APPLICATION_SUBMITTED -> toDirectorate(event, Role.CASE_HANDLER,
                    NotificationKind.APPLICATION_SUBMITTED);
            case MILESTONE_REPORTED, OPERATION_REPORTED -> toDirectorate(event, Role.CASE_HANDLER,
                    NotificationKind.REPORT_TO_VERIFY);
            case MILESTONE_VERIFIED, OPERATION_CONFIRMED -> {
                if (proposedPayments(applicationId(event)) > 0) {
                    toDirectorate(event, Role.APPROVER, NotificationKind.PAYMENT_TO_APPROVE);
                }
                if (event.getKind() == AuditKind.MILESTONE_VERIFIED && awaitsDecision(applicationId(event))) {
                    toDirectorate(event, Role.APPROVER, NotificationKind.DECISION_POINT_TO_DECIDE);
                }
            }
            default -> {
                // nobody needs to hear of it
            }
        }
    }

    private void toMunicipality(AuditEvent event, NotificationKind kind, String detail) {
        Application application = application(event);
        if (application != null) {
            notify(municipalityUsers(application), kind, application, detail, null, Set.of());
        }
    }

    private void toDirectorate(AuditEvent event, Role role, NotificationKind kind) {
        Application application = application(event);
        if (application != null) {
            notify(withRole(role), kind, application, null, null, Set.of(String.valueOf(event.getUsername())));
        }
    }

    private void batchSent(AuditEvent event) {
        List<Long> applications = em.createQuery("select distinct p.grant.applicationId from PaymentBatch b"
                + " join b.payments p where b.id = :batch", Long.class)
                .setParameter("batch", Long.valueOf(event.getEntityId())).getResultList();
        for (Long id : applications) {
            Application application = em.find(Application.class, id);
            notify(municipalityUsers(application), NotificationKind.PAYMENT_SENT, application, null, null, Set.of());
        }
    }

    /**
     * Creates one notification per user, by email too when mail is on, unless the user has no address or turned
     * the kind off. While mail is off nothing queues, so turning it on later sends no backlog.
     */
    public void notify(List<UserAccount> users, NotificationKind kind, Application application, String detail,
            String reminderKey, Set<String> except) {
        Set<String> emailOff = Set.copyOf(em.createQuery("select o.username from EmailOff o where o.kind = :kind",
                String.class).setParameter("kind", kind).getResultList());
        boolean mailOn = mail.get().enabled();
        for (UserAccount user : users) {
            if (except.contains(user.getUsername())) {
                continue;
            }
            boolean byEmail = mailOn && user.getEmail() != null && !user.getEmail().isBlank()
                    && !emailOff.contains(user.getUsername());
            em.persist(new Notification(user.getUsername(), kind, application.getId(), application.getReference(),
                    detail, reminderKey == null ? null : reminderKey + ":" + user.getUsername(), byEmail,
                    clock.instant()));
        }
        LOG.fine(() -> kind + " for " + application.getReference() + " to " + users.size() + " users");
    }

    /** The applicant municipality's active users: the ones who act on the application. */
    public List<UserAccount> municipalityUsers(Application application) {
        return em.createQuery("select u from UserAccount u where u.municipality = :municipality and u.active = true"
                + " order by u.username", UserAccount.class)
                .setParameter("municipality", application.getMunicipality()).getResultList();
    }

    private List<UserAccount> withRole(Role role) {
        return em.createQuery("select distinct u from UserAccount u join u.roles r where r = :role"
                + " and u.active = true order by u.username", UserAccount.class)
                .setParameter("role", role).getResultList();
    }

    private Application application(AuditEvent event) {
        Long id = applicationId(event);
        return id == null ? null : em.find(Application.class, id);
    }

    private static Long applicationId(AuditEvent event) {
        if (!APPLICATION.equals(event.getEntityType()) || event.getEntityId() == null) {
            return null;
        }
        try {
            return Long.valueOf(event.getEntityId());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Grant grant(AuditEvent event) {
        Long id = applicationId(event);
        return id == null ? null : em.find(Grant.class, id);
    }

    private long proposedPayments(Long applicationId) {
        return applicationId == null ? 0 : grantsDue.proposedPayments(applicationId);
    }

    private boolean awaitsDecision(Long applicationId) {
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        Grant grant = applicationId == null ? null : em.find(Grant.class, applicationId);
        return application != null && grant != null && grant.decisionAwaited(application).isPresent();
    }
}
