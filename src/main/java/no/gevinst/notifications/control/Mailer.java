package no.gevinst.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Plain-text email over SMTP with Jakarta Mail: one connection for a run of emails. */
@ApplicationScoped
public class Mailer {

    /** An open SMTP connection; close it when the run is done. */
    public static final class Outgoing implements AutoCloseable {
        private final Session session;
        private final Transport transport;
        private final String from;

        private Outgoing(Session session, Transport transport, String from) {
            this.session = session;
            this.transport = transport;
            this.from = from;
        }

        public void send(String to, String subject, String body) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() throws MessagingException {
            transport.close();
        }
    }

    public Outgoing connect(MailSettings settings) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        boolean authenticated = !settings.username().isEmpty();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        Session session = Session.getInstance(properties, authenticated ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null);
        Transport transport = session.getTransport("smtp");
        transport.connect();
        return new Outgoing(session, transport, settings.from());
    }
}
