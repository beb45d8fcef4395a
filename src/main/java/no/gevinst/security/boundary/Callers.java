package no.gevinst.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.control.AccessTokens;
import no.gevinst.security.control.AccessTokens.AccessToken;
import no.gevinst.security.control.RecentTokens;
import no.gevinst.security.entity.UserAccount;

/**
 * Who calls: a user with an account, or another organisation's system with an access token. A system acting for a
 * municipality (the applications scope) is a caller of the MUNICIPALITY role for the municipality whose organisation
 * number its token names, with the same access as that municipality's users; the directorate's accounting system
 * (the accounting scope) may read payments and fetch the bank files. A system's name in the trail is
 * {@value #SYSTEM_PREFIX} and its organisation number.
 */
@Stateless
@PermitAll
@DeclareRoles({Role.Names.MUNICIPALITY, Role.Names.ACCESS_ADMINISTRATOR, Role.Names.CASE_HANDLER, Role.Names.APPROVER,
        Role.Names.MANAGEMENT, Role.Names.ADMIN})
public class Callers {

    public static final String SYSTEM_PREFIX = "maskinporten:";

    /** A token that is valid but may not do anything here; the detail key says why. */
    public static class TokenNotAllowed extends Exception {
        private static final long serialVersionUID = 1L;
        private final String detailKey;
        private final transient Object[] arguments;

        TokenNotAllowed(String detailKey, Object... arguments) {
            super(detailKey);
            this.detailKey = detailKey;
            this.arguments = arguments;
        }

        public String detailKey() {
            return detailKey;
        }

        public Object[] arguments() {
            return arguments;
        }
    }

    /** The caller a token makes: its name and security groups. */
    public record TokenCaller(String name, Set<String> groups) {
    }

    @Inject
    AccessTokens tokens;

    @Inject
    RecentTokens recentTokens;

    @Inject
    Accounts accounts;

    @Inject
    Municipalities municipalities;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /**
     * The caller a verified token makes. Its first use on this node is recorded as a sign-in; a token whose scopes
     * allow nothing here, or whose organisation is no municipality while its scope is to act for one, is refused
     * and recorded.
     */
    public TokenCaller signIn(AccessToken token) throws TokenNotAllowed {
        String name = SYSTEM_PREFIX + token.organisationNumber();
        Set<String> groups = new TreeSet<>();
        if (token.scopes().contains(tokens.applicationsScope())) {
            if (municipalities.withOrganisationNumber(token.organisationNumber()).isEmpty()) {
                refuse(name, "the organisation is not a municipality in the register");
                throw new TokenNotAllowed("problem.token.notAMunicipality", token.organisationNumber());
            }
            groups.add(Role.Names.MUNICIPALITY);
        }
        if (token.scopes().contains(tokens.accountingScope())) {
            groups.add(Role.Names.ACCOUNTING_SYSTEM);
        }
        if (groups.isEmpty()) {
            refuse(name, "no scope of Gevinst: " + String.join(" ", token.scopes()));
            throw new TokenNotAllowed("problem.token.insufficientScope",
                    tokens.applicationsScope() + " " + tokens.accountingScope());
        }
        if (recentTokens.firstUse(token.id(), token.expiresAt())) {
            audit.recordFor(name, AuditKind.API_TOKEN_ACCEPTED, Accounts.ENTITY, null,
                    "scope " + String.join(" ", token.scopes()) + ", expires " + token.expiresAt());
        }
        return new TokenCaller(name, groups);
    }

    /** Records a token that was not valid, with the reason; nobody is known, so the trail names the issuer's kind. */
    public void recordInvalidToken(String reason) {
        refuse("maskinporten", reason);
    }

    private void refuse(String name, String reason) {
        audit.recordFor(name, AuditKind.API_TOKEN_REFUSED, Accounts.ENTITY, null, reason);
    }

    /** Who calls: a username, or a system's name ({@value #SYSTEM_PREFIX} and its organisation number). */
    public String name() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * The roles of whoever calls, as the container knows them wherever the call comes from (a servlet request asked
     * inside an enterprise bean's call does not tell them reliably). A system's token gives at most MUNICIPALITY.
     */
    public Set<Role> roles() {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The municipality a caller of the MUNICIPALITY role acts for: its user account's, or its token's. */
    public Optional<Municipality> municipality() {
        String name = session.getCallerPrincipal().getName();
        if (name.startsWith(SYSTEM_PREFIX)) {
            return municipalities.withOrganisationNumber(name.substring(SYSTEM_PREFIX.length()));
        }
        return accounts.findByUsername(name).flatMap(UserAccount::getMunicipality);
    }
}
