package no.gevinst.platform.entity;

import java.util.Set;

/** What a user may do; see the access table in the domain description. */
public enum Role {
    MUNICIPALITY("/municipality/index.xhtml"),
    /**
     * A municipality's local access administrator, appointed by the directorate's administrators: grants and
     * withdraws people's access to act for the municipality (as Altinn's delegation does).
     */
    ACCESS_ADMINISTRATOR("/access.xhtml"),
    CASE_HANDLER("/casework/index.xhtml"),
    /** Everything a case handler may, plus decide and approve payments (never their own). */
    APPROVER("/approval/index.xhtml"),
    MANAGEMENT("/management/index.xhtml"),
    ADMIN("/admin/index.xhtml");

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MUNICIPALITY = "MUNICIPALITY";
        public static final String ACCESS_ADMINISTRATOR = "ACCESS_ADMINISTRATOR";
        public static final String CASE_HANDLER = "CASE_HANDLER";
        public static final String APPROVER = "APPROVER";
        public static final String MANAGEMENT = "MANAGEMENT";
        public static final String ADMIN = "ADMIN";
        /**
         * Not a role a person holds: the group of the directorate's accounting system, which calls the API with an
         * access token of the accounting scope to read payments and fetch the bank files of their batches.
         */
        public static final String ACCOUNTING_SYSTEM = "ACCOUNTING_SYSTEM";

        private Names() {
        }
    }

    private final String startPage;

    Role(String startPage) {
        this.startPage = startPage;
    }

    /** The page a user of this role lands on after login, relative to the context root. */
    public String startPage() {
        return startPage;
    }

    /** Whose start page a user with several roles lands on: the role they are likely to work in most. */
    private static final java.util.List<Role> FOREMOST_FIRST = java.util.List.of(MUNICIPALITY, ACCESS_ADMINISTRATOR,
            APPROVER, CASE_HANDLER, MANAGEMENT, ADMIN);

    public static Role foremost(Set<Role> roles) {
        return FOREMOST_FIRST.stream().filter(roles::contains).findFirst().orElse(MANAGEMENT);
    }

    /** The roles a person holds for a municipality, never together with a directorate role. */
    public static final Set<Role> MUNICIPAL = java.util.EnumSet.of(MUNICIPALITY, ACCESS_ADMINISTRATOR);

    public boolean isMunicipal() {
        return MUNICIPAL.contains(this);
    }

    /** The security groups a user of this role belongs to: an approver is also a case handler. */
    public Set<String> groups() {
        return this == APPROVER ? Set.of(APPROVER.name(), CASE_HANDLER.name()) : Set.of(name());
    }
}
