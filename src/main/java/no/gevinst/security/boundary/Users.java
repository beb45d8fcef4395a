package no.gevinst.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.security.entity.PasswordPolicy;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.entity.UserAccount;
import no.gevinst.security.entity.UserProfile;

/**
 * Users as administrators keep them: created with a temporary password, given roles, deactivated (never deleted),
 * unlocked; and every user's own account: their password and language. There is always an active administrator.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Users {

    public static final String ENTITY = Accounts.ENTITY;

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied from a screen. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** A new user and the temporary password to give them, shown once. */
    public record Created(UserAccount account, String temporaryPassword) {
    }

    public Page<UserAccount> search(String text, Role role, Boolean active, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(u.username) like :text or lower(u.fullName) like :text"
                    + " or lower(u.email) like :text)");
            parameters.put("text", "%" + text.trim().toLowerCase() + "%");
        }
        if (role != null) {
            where.append(" and u.id in (select v.id from UserAccount v join v.roles r where r = :role)");
            parameters.put("role", role);
        }

        TypedQuery<UserAccount> items = em.createQuery("select u from UserAccount u" + where + " order by u.username",
                UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (active != null) {
            // Filtered here rather than in SQL: EclipseLink writes the boolean as 1 on H2, which H2 refuses. The
            // users of one directorate are few enough to read in full.
            List<UserAccount> matching = items.getResultList().stream().filter(u -> u.isActive() == active).toList();
            int from = Math.min(page * size, matching.size());
            return new Page<>(matching.subList(from, Math.min(from + size, matching.size())), matching.size(), page, size);
        }
        var found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Created create(UserProfile profile) {
        InvalidInputException.throwIfAny(profile.violations());
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", profile.username())
                .getResultList().isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("username", "validation.user.usernameTaken")));
        }
        String temporary = temporaryPassword();
        UserAccount account = UserAccount.created(profile, municipality(profile), passwords.hash(temporary.toCharArray()));
        em.persist(account);
        em.flush();
        audit.record(AuditKind.USER_CREATED, ENTITY, String.valueOf(account.getId()), describe(account));
        return new Created(account, temporary);
    }

    /** Changes a user the administrator saw at {@code expectedVersion} (null: no check). */
    public UserAccount revise(long id, Long expectedVersion, UserProfile profile) {
        UserAccount account = get(id, expectedVersion);
        if (!account.getUsername().equals(profile.username())) {
            throw new InvalidInputException(List.of(Violation.of("username", "validation.user.usernameFixed")));
        }
        String before = describe(account);
        if (account.isActive() && account.getRoles().contains(Role.ADMIN) && !profile.roles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.revise(profile, municipality(profile));
        // A change to the roles alone is a change to the account, for whoever saw the version before it.
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditKind.USER_CHANGED, ENTITY, String.valueOf(id), before + " -> " + describe(account));
        return account;
    }

    public UserAccount deactivate(long id) {
        UserAccount account = get(id, null);
        if (account.isActive() && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.deactivate();
        audit.record(AuditKind.USER_DEACTIVATED, ENTITY, String.valueOf(id), account.getUsername());
        return account;
    }

    public UserAccount reactivate(long id) {
        UserAccount account = get(id, null);
        account.reactivate();
        audit.record(AuditKind.USER_REACTIVATED, ENTITY, String.valueOf(id), account.getUsername());
        return account;
    }

    public UserAccount unlock(long id) {
        UserAccount account = get(id, null);
        account.unlock();
        audit.record(AuditKind.USER_UNLOCKED, ENTITY, String.valueOf(id), account.getUsername());
        return account;
    }

    /** A new temporary password, shown once; the user must change it at the next login. */
    public Created resetPassword(long id) {
        UserAccount account = get(id, null);
        String temporary = temporaryPassword();
        account.resetPassword(passwords.hash(temporary.toCharArray()));
        audit.record(AuditKind.PASSWORD_RESET, ENTITY, String.valueOf(id), account.getUsername());
        return new Created(account, temporary);
    }

    /** The caller's own account. */
    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
        Role.Names.MANAGEMENT, Role.Names.ADMIN})
    public UserAccount me() {
        // a system calling with an access token has no account
        String name = session.getCallerPrincipal().getName();
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException(Accounts.ENTITY + " " + name));
    }

    /** The caller changes their own password, proving they know the present one. */
    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
        Role.Names.MANAGEMENT, Role.Names.ADMIN})
    public void changeOwnPassword(String current, String chosen, String repeated) {
        UserAccount account = me();
        List<Violation> violations = new java.util.ArrayList<>();
        if (current == null || !passwords.matches(current.toCharArray(), account.getPasswordHash())) {
            violations.add(Violation.of("currentPassword", "validation.password.wrongCurrent"));
        }
        violations.addAll(PasswordPolicy.violations("newPassword", account.getUsername(), chosen));
        if (chosen != null && !chosen.equals(repeated)) {
            violations.add(Violation.of("repeatPassword", "validation.password.notRepeated"));
        }
        if (chosen != null && chosen.equals(current)) {
            violations.add(Violation.of("newPassword", "validation.password.same"));
        }
        InvalidInputException.throwIfAny(violations);
        account.changePassword(passwords.hash(chosen.toCharArray()));
        audit.record(AuditKind.PASSWORD_CHANGED, ENTITY, String.valueOf(account.getId()), account.getUsername());
    }

    @RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
        Role.Names.MANAGEMENT, Role.Names.ADMIN})
    public void chooseOwnLanguage(String languageTag) {
        if (languageTag != null && !Set.of("nb", "nn", "en").contains(languageTag)) {
            throw new InvalidInputException(List.of(Violation.of("preferredLanguage", "validation.unknownValue", languageTag)));
        }
        UserAccount account = me();
        String before = account.getPreferredLanguage().orElse("-");
        account.choosePreferredLanguage(languageTag);
        audit.record(AuditKind.USER_LANGUAGE_CHOSEN, ENTITY, String.valueOf(account.getId()),
                before + " -> " + (languageTag == null ? "-" : languageTag));
    }

    /**
     * Refuses to take away the last active administrator. The active administrators are locked first, so two
     * administrators removing each other at the same moment cannot both succeed.
     */
    private void requireAnotherActiveAdmin(UserAccount leaving) {
        List<UserAccount> admins = em.createNamedQuery(UserAccount.ACTIVE_WITH_ROLE, UserAccount.class)
                .setParameter("role", Role.ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.stream().noneMatch(admin -> !admin.getId().equals(leaving.getId()))) {
            throw new DomainException("user.lastAdmin");
        }
    }

    private UserAccount get(long id, Long expectedVersion) {
        UserAccount account = find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
        if (expectedVersion != null && account.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, account.getVersion());
        }
        return account;
    }

    private Municipality municipality(UserProfile profile) {
        if (profile.municipalityNumber() == null) {
            return null;
        }
        Municipality municipality = em.find(Municipality.class, profile.municipalityNumber());
        if (municipality == null) {
            throw new InvalidInputException(List.of(Violation.of("municipality",
                    "validation.application.unknownMunicipality", profile.municipalityNumber())));
        }
        return municipality;
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " roles " + account.getRoles()
                + account.getMunicipality().map(m -> " for " + m.getNumber()).orElse("")
                + (account.isActive() ? "" : " (inactive)");
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
