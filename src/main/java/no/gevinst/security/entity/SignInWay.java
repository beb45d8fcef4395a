package no.gevinst.security.entity;

/** How an account signs in: with its own password here, or through an OpenID Connect provider. */
public enum SignInWay {
    PASSWORD,
    /** The directorate's own provider (Entra ID or the like), which also says the staff member's roles. */
    STAFF_PROVIDER
}
