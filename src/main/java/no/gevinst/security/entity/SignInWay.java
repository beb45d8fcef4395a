package no.gevinst.security.entity;

/** How an account signs in: with its own password here, or through an OpenID Connect provider. */
public enum SignInWay {
    PASSWORD,
    /** The directorate's own provider (Entra ID or the like), which also says the staff member's roles. */
    STAFF_PROVIDER,
    /**
     * ID-porten, for the municipalities' people: the provider says who the person is (their national identity number,
     * kept here only as a keyed hash); their access to act for a municipality is granted here, by its access
     * administrator.
     */
    ID_PORTEN
}
