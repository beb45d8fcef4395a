package no.gevinst.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.EmailAddress;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.entity.Violation;
import no.gevinst.security.control.IdentityNumbers;
import no.gevinst.security.control.InvitationCodes;
import no.gevinst.security.control.OpenIdProviders;
import no.gevinst.security.entity.AccessInvitation;
import no.gevinst.security.entity.SignInWay;
import no.gevinst.security.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may act for a municipality, as its access administrators keep it (Altinn's delegation, modelled here): they
 * grant a person access by national identity number, which ID-porten will sign in, or by an invitation to an email
 * address, which the person's first sign-in takes; and they withdraw it, which ends the person's next request. The
 * directorate's administrators do the same for every municipality and alone appoint access administrators. Every
 * change is in the trail, never with the number.
 */
@Stateless
@RolesAllowed({Role.Names.ACCESS_ADMINISTRATOR, Role.Names.ADMIN})
public class MunicipalAccess {

    /** How long an invitation can be taken. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    /** A grant as the access administrator types it: the identity number for a grant, the email for an invitation. */
    public record Grant(String fullName, String email, String identityNumber, Set<Role> roles) {
        public Grant {
            roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }

        @Override
        public String toString() {
            return "Grant[" + fullName + ", " + email + ", " + roles + "]";
        }
    }

    /** An invitation made: sent by email, or, where email is off, the link to give the person by other means. */
    public record Invited(UserAccount account, Optional<String> linkToGive) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityNumbers identityNumbers;

    @Inject
    OpenIdProviders providers;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AccessInvitation> invitations;

    @Inject
    @ConfigProperty(name = "gevinst.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Resource
    SessionContext session;

    /** Whether people can be signed in through ID-porten here, so that access granted can be used. */
    @PermitAll
    public boolean isIdPortenConfigured() {
        return providers.provider(OpenIdProviders.ID_PORTEN).isPresent() && identityNumbers.isConfigured();
    }

    /** The municipality the caller keeps access for; empty for the directorate's administrators, who keep all. */
    public Optional<Municipality> callersMunicipality() {
        if (session.isCallerInRole(Role.Names.ADMIN)) {
            return Optional.empty();
        }
        return caller().getMunicipality();
    }

    /** Everyone who acts for the municipality: through ID-porten, invited, or with a password of Gevinst's. */
    public List<UserAccount> people(String municipalityNumber) {
        Municipality municipality = kept(municipalityNumber);
        return em.createNamedQuery(UserAccount.OF_MUNICIPALITY, UserAccount.class)
                .setParameter("municipality", municipality.getNumber()).getResultList();
    }

    /** Access for the person with this national identity number, whom ID-porten signs in. */
    public UserAccount grant(String municipalityNumber, Grant grant) {
        Municipality municipality = kept(municipalityNumber);
        List<Violation> violations = violations(grant, false);
        InvalidInputException.throwIfAny(violations);
        requireIdPorten();
        String identityHash = identityNumbers.keyedHash(IdentityNumbers.compact(grant.identityNumber()));
        UserAccount account = em.createNamedQuery(UserAccount.BY_PROVIDER_SUBJECT, UserAccount.class)
                .setParameter("signIn", SignInWay.ID_PORTEN).setParameter("subject", identityHash)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = UserAccount.grantedThroughIdPorten(newUsername(grant.fullName(), municipality), grant.fullName(),
                    grant.email(), grant.roles(), municipality, identityHash);
            em.persist(account);
            em.flush();
        } else if (account.isActive()) {
            boolean here = account.getMunicipality().map(m -> m.getNumber().equals(municipality.getNumber()))
                    .orElse(false);
            throw new InvalidInputException(List.of(Violation.of("identityNumber",
                    here ? "access.alreadyGranted" : "access.actsForAnother")));
        } else {
            account.grantAgain(grant.fullName(), grant.email(), grant.roles(), municipality, null, null);
        }
        audit.record(AuditKind.ACCESS_GRANTED, Accounts.ENTITY, String.valueOf(account.getId()),
                describe(account, "by national identity number"));
        return account;
    }

    /** Access offered by an invitation to an email address, taken at the person's first sign-in through ID-porten. */
    public Invited invite(String municipalityNumber, Grant grant) {
        Municipality municipality = kept(municipalityNumber);
        InvalidInputException.throwIfAny(violations(grant, true));
        requireIdPorten();
        String code = InvitationCodes.newCode();
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        UserAccount account = UserAccount.invitedThroughIdPorten(newUsername(grant.fullName(), municipality),
                grant.fullName(), grant.email(), grant.roles(), municipality, InvitationCodes.hash(code), expires);
        em.persist(account);
        em.flush();
        String link = baseUrl.replaceFirst("/$", "") + "/signin/" + OpenIdProviders.ID_PORTEN + "?invitation=" + code;
        AccessInvitation invitation = new AccessInvitation(account, link, expires);
        invitations.fire(invitation);
        audit.record(AuditKind.ACCESS_INVITED, Accounts.ENTITY, String.valueOf(account.getId()),
                describe(account, invitation.isSent() ? "invitation emailed to " + account.getEmail()
                        : "invitation link given to the access administrator (email is off)"));
        return new Invited(account, invitation.isSent() ? Optional.empty() : Optional.of(link));
    }

    /** The person's access ends: refused from their next request on. */
    public UserAccount withdraw(String municipalityNumber, long accountId) {
        Municipality municipality = kept(municipalityNumber);
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getMunicipality().filter(m -> m.getNumber().equals(municipality.getNumber()))
                .isEmpty()) {
            throw new NotFoundException("User " + accountId);
        }
        if (account.getSignIn() != SignInWay.ID_PORTEN) {
            throw new DomainException("access.passwordAccount");
        }
        if (account.getUsername().equals(session.getCallerPrincipal().getName())) {
            throw new DomainException("access.notYourOwn");
        }
        if (account.getRoles().contains(Role.ACCESS_ADMINISTRATOR) && !session.isCallerInRole(Role.Names.ADMIN)) {
            throw new DomainException("access.administratorByDirectorate");
        }
        if (account.isActive()) {
            account.withdrawAccess();
            audit.record(AuditKind.ACCESS_WITHDRAWN, Accounts.ENTITY, String.valueOf(account.getId()),
                    describe(account, "withdrawn"));
        }
        return account;
    }

    /**
     * Whom a person without access should ask: the municipality's active access administrators, by name and email.
     * Asked from the page a person ID-porten signed in sees when they have no access.
     */
    @PermitAll
    public List<UserAccount> administratorsOf(String municipalityNumber) {
        return em.createNamedQuery(UserAccount.ACTIVE_WITH_ROLE, UserAccount.class)
                .setParameter("role", Role.ACCESS_ADMINISTRATOR).getResultList().stream()
                .filter(u -> u.getMunicipality().map(m -> m.getNumber().equals(municipalityNumber)).orElse(false))
                .filter(u -> !u.isInvitationPending()).toList();
    }

    /** The municipalities in force, for a person without access to find theirs (no caller is known then). */
    @PermitAll
    public List<Municipality> municipalitiesInForce() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return em.createQuery("select m from Municipality m order by m.name", Municipality.class).getResultList()
                .stream().filter(m -> m.isInForceOn(today)).toList();
    }

    /** The municipality, if the caller keeps access for it; as not found otherwise, as other municipalities' cases. */
    private Municipality kept(String municipalityNumber) {
        Municipality municipality = municipalityNumber == null ? null : em.find(Municipality.class, municipalityNumber);
        if (municipality == null) {
            throw new NotFoundException("Municipality " + municipalityNumber);
        }
        if (!session.isCallerInRole(Role.Names.ADMIN) && caller().getMunicipality()
                .filter(own -> own.getNumber().equals(municipalityNumber)).isEmpty()) {
            throw new NotFoundException("Municipality " + municipalityNumber);
        }
        return municipality;
    }

    private List<Violation> violations(Grant grant, boolean byInvitation) {
        List<Violation> violations = new ArrayList<>();
        if (grant.fullName() == null || grant.fullName().isBlank()) {
            violations.add(Violation.of("fullName", "validation.required"));
        } else if (grant.fullName().length() > 200) {
            violations.add(Violation.of("fullName", "validation.tooLong", 200));
        }
        if (byInvitation && (grant.email() == null || grant.email().isBlank())) {
            violations.add(Violation.of("email", "validation.required"));
        } else if (grant.email() != null && !grant.email().isBlank() && !EmailAddress.isValid(grant.email())) {
            violations.add(Violation.of("email", "validation.email"));
        }
        if (!byInvitation && (grant.identityNumber() == null || grant.identityNumber().isBlank())) {
            violations.add(Violation.of("identityNumber", "validation.required"));
        } else if (!byInvitation && !IdentityNumbers.isValid(grant.identityNumber())) {
            violations.add(Violation.of("identityNumber", "validation.identityNumber"));
        }
        if (grant.roles().isEmpty() || !Role.MUNICIPAL.containsAll(grant.roles())) {
            violations.add(Violation.of("roles", "validation.user.noRole"));
        } else if (grant.roles().contains(Role.ACCESS_ADMINISTRATOR) && !session.isCallerInRole(Role.Names.ADMIN)) {
            violations.add(Violation.of("roles", "access.administratorByDirectorate"));
        }
        return violations;
    }

    private void requireIdPorten() {
        if (!isIdPortenConfigured()) {
            throw new DomainException("access.idPortenOff");
        }
    }

    private UserAccount caller() {
        return accounts.findByUsername(session.getCallerPrincipal().getName()).orElseThrow();
    }

    /**
     * A username for the audit trail that people can read: the person's name and the municipality's number
     * ({@code kari.nordmann.3301}), numbered on where taken. It never holds the identity number.
     */
    private String newUsername(String fullName, Municipality municipality) {
        String name = Normalizer.normalize(fullName.trim().toLowerCase(Locale.ROOT).replace("æ", "ae")
                .replace("ø", "o").replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        String base = (name.length() < 2 ? "person" : name.substring(0, Math.min(name.length(), 80))) + "."
                + municipality.getNumber();
        String candidate = base;
        for (int n = 2; accounts.findByUsername(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String describe(UserAccount account, String how) {
        return account.getUsername() + " (" + account.getFullName() + "), " + account.getRoles() + " for "
                + account.getMunicipality().map(Municipality::getNumber).orElse("-") + ", " + how;
    }
}
