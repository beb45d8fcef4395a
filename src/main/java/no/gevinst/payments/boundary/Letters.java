package no.gevinst.payments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.entity.Application;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.platform.entity.ApplicationRead;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Role;

/**
 * The letters of a grant as they were issued: the grant letter, and those issued after it (a change of the plan, a
 * decision at a decision point). Each read is told to the access log.
 */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class Letters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Applications applications;

    @Inject
    Event<ApplicationRead> reads;

    /** The grant letter as it was issued, for whoever may read the application. */
    public IssuedLetter letter(long applicationId) {
        Application application = applications.get(applicationId);
        IssuedLetter letter = em.find(IssuedLetter.class, application.getId());
        if (letter == null) {
            throw new NotFoundException("Grant letter " + applicationId);
        }
        reads.fire(new ApplicationRead(applicationId, ReadPart.LETTER, IssuedLetter.fileName(application)));
        return letter;
    }

    /** The letters issued after the grant letter, oldest first, for whoever may read the application. */
    public List<FollowUpLetter> followUpLetters(long applicationId) {
        Application application = applications.get(applicationId);
        return em.createQuery("select l from FollowUpLetter l where l.applicationId = :id order by l.id",
                FollowUpLetter.class).setParameter("id", application.getId()).getResultList();
    }

    /** A letter issued after the grant letter, as issued. */
    public FollowUpLetter followUpLetter(long applicationId, long letterId) {
        Application application = applications.get(applicationId);
        FollowUpLetter letter = em.find(FollowUpLetter.class, letterId);
        if (letter == null || !letter.getApplicationId().equals(application.getId())) {
            throw new NotFoundException("Letter " + letterId + " of application " + applicationId);
        }
        reads.fire(new ApplicationRead(applicationId, ReadPart.LETTER, letter.fileName(application)));
        return letter;
    }
}
