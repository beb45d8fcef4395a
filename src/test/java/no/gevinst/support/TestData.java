package no.gevinst.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.security.entity.Role;
import no.gevinst.security.entity.UserAccount;

/** Lets in-container tests make their own data. Deployed with the tests only, never with the application. */
@Stateless
public class TestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** A new user with a unique name that starts with {@code prefix}. */
    public String createUser(String prefix, Role role, String municipalityNumber, String password) {
        String username = prefix + "-" + System.nanoTime();
        Municipality municipality = municipalityNumber == null ? null : em.find(Municipality.class, municipalityNumber);
        em.persist(new UserAccount(username, "Test " + prefix, null, java.util.Set.of(role), municipality,
                passwords.hash(password.toCharArray()), false));
        return username;
    }

    public long countEvents(String kind, String username) {
        return em.createQuery("select count(e) from AuditEvent e where e.kind = :kind and e.username = :username", Long.class)
                .setParameter("kind", kind)
                .setParameter("username", username)
                .getSingleResult();
    }
}
