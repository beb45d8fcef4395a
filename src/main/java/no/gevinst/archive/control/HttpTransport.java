package no.gevinst.archive.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import javax.xml.transform.stream.StreamSource;
import no.gevinst.archive.control.feilmelding.FeilmeldingBase;
import no.gevinst.archive.control.kvittering.ArkivmeldingKvittering;
import no.gevinst.archive.control.kvittering.JournalpostKvittering;
import no.gevinst.archive.control.kvittering.ObjectFactory;
import no.gevinst.archive.control.kvittering.SaksmappeKvittering;

/**
 * Delivers the archive's messages to a Fiks Arkiv gateway over HTTP: a message is a zip, as Fiks IO carries it
 * ({@code arkivmelding.xml} and the documents under the names the message gives them), posted with its journal key as
 * {@code Idempotency-Key}. The gateway answers 200 with the archive's receipt ({@code arkivmeldingKvittering}),
 * which is read only after its schema has taken it, and holds the numbers the archive gave the case and the entry.
 */
public final class HttpTransport implements ArchiveTransport {

    static final String MESSAGE_TYPE = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett";
    private static final JAXBContext RECEIPTS = context();

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient client;

    public HttpTransport(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Receipt deliver(ArchiveOutbox.Parcel parcel) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/zip")
                .header("Idempotency-Key", parcel.key())
                .header("Fiks-Meldingstype", MESSAGE_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(parcel))).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The archive at " + endpoint + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delivering to the archive", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The archive answered " + response.statusCode() + ": "
                    + abbreviated(response.body()));
        }
        return receipt(response.body());
    }

    /** The receipt's numbers, once its schema has taken it; a receipt that says filing failed is a failure. */
    static Receipt receipt(String xml) {
        List<String> errors = ArchiveSchemas.kvitteringErrors(xml);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The archive's receipt breaks its schema: " + String.join("; ", errors));
        }
        ArkivmeldingKvittering receipt;
        try {
            receipt = RECEIPTS.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)),
                    ArkivmeldingKvittering.class).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("The archive's receipt could not be read", e);
        }
        for (FeilmeldingBase failed : new FeilmeldingBase[] {receipt.getMappeFeilet(), receipt.getRegistreringFeilet()}) {
            if (failed != null) {
                throw new IllegalStateException("The archive refused the message: " + failed.getFeilmelding());
            }
        }
        String caseNumber = receipt.getMappeKvittering() instanceof SaksmappeKvittering folder
                && folder.getSaksaar() != null && folder.getSakssekvensnummer() != null
                ? folder.getSaksaar() + "/" + folder.getSakssekvensnummer() : null;
        String journalNumber = receipt.getRegistreringKvittering() instanceof JournalpostKvittering entry
                && entry.getJournalaar() != null && entry.getJournalsekvensnummer() != null
                ? entry.getJournalaar() + "/" + entry.getJournalsekvensnummer() : null;
        return new Receipt(xml.getBytes(StandardCharsets.UTF_8), caseNumber, journalNumber);
    }

    private static byte[] zip(ArchiveOutbox.Parcel parcel) {
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(FolderTransport.MESSAGE_FILE));
            zip.write(parcel.arkivmelding().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (ArchiveOutbox.File file : parcel.files()) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The Fiks Arkiv receipt types could not be read", e);
        }
    }
}
