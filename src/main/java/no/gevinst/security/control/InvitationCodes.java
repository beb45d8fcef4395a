package no.gevinst.security.control;

import java.security.SecureRandom;
import java.util.Base64;
import no.gevinst.platform.entity.Checksums;

/**
 * The codes of invitations to act for a municipality: 256 random bits, sent once in the invitation's link and kept
 * here only as their SHA-256, so that reading the database does not let anyone take an invitation.
 */
public final class InvitationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    public static String newCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String code) {
        return Checksums.sha256(code);
    }
}
