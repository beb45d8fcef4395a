package no.gevinst.notifications.control;

/**
 * Where email goes: from MicroProfile Config ({@code gevinst.mail.*}, or the environment's {@code GEVINST_MAIL_*}),
 * off unless {@code gevinst.mail.enabled=true}.
 *
 * @param baseUrl the address users reach the application at, for the links in emails
 */
public record MailSettings(boolean enabled, String host, int port, String username, String password, String from,
        boolean startTls, String baseUrl) {

    public static final MailSettings OFF = new MailSettings(false, "localhost", 25, "", "", "gevinst@localhost", false,
            "http://localhost:8080");
}
