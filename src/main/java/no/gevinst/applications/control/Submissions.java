package no.gevinst.applications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.SubmittedVersion;

/** Keeps each submission of an application as the PDF of what was submitted, numbered from 1. */
@Stateless
public class Submissions {

    @PersistenceContext
    EntityManager em;

    /**
     * Writes the application as it stands, just submitted, as its next version. The caller holds the application's
     * version lock (a submission increments it), so one submission of it is counted at a time; the database's unique
     * number refuses a second one all the same.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public SubmittedVersion record(Application application, String submittedBy) {
        int number = of(application).size() + 1;
        Locale language = application.getMunicipality().writtenLanguage();
        var submitted = new SubmittedVersion(application, number, language,
                ApplicationPdf.render(application, number, application.getSubmittedAt(), submittedBy, language),
                application.getSubmittedAt(), submittedBy);
        em.persist(submitted);
        em.flush();
        return submitted;
    }

    /** Every submission of the application, the first first. */
    public List<SubmittedVersion> of(Application application) {
        return em.createQuery("select s from SubmittedVersion s where s.application = :application"
                + " order by s.number", SubmittedVersion.class).setParameter("application", application)
                .getResultList();
    }
}
