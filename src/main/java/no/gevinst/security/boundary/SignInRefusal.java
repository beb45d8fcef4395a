package no.gevinst.security.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through a provider, or a session begun there, came back to the login page: the code in its address
 * ({@code ?signin=noRole}), which the page explains ({@code signIn.refused.<code>} in the bundles).
 */
public enum SignInRefusal {
    FAILED("failed"),
    UNREACHABLE("unreachable"),
    NO_ROLE("noRole"),
    USERNAME_TAKEN("usernameTaken"),
    INACTIVE("inactive"),
    ENDED("ended"),
    /** ID-porten signed the person in at a lower level of assurance than Gevinst requires. */
    ASSURANCE("assurance"),
    INVITATION_INVALID("invitation"),
    /** The invited person's number already has an account, which an invitation cannot become. */
    INVITATION_CONFLICT("invitationConflict");

    private final String code;

    SignInRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "signIn.refused." + code;
    }

    /** The refusal a login page's address names, if it names one. */
    public static Optional<SignInRefusal> of(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
