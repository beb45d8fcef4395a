package no.gevinst.archive.control;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import no.gevinst.archive.control.arkivmelding.Arkivmelding;
import no.gevinst.archive.control.arkivmelding.Dokumentbeskrivelse;
import no.gevinst.archive.control.arkivmelding.Dokumentobjekt;
import no.gevinst.archive.control.arkivmelding.Journalpost;
import no.gevinst.archive.control.arkivmelding.Korrespondansepart;
import no.gevinst.archive.control.arkivmelding.ObjectFactory;
import no.gevinst.archive.control.arkivmelding.Saksmappe;
import no.gevinst.archive.control.arkivmelding.Skjerming;
import no.gevinst.archive.control.metadatakatalog.Dokumentstatus;
import no.gevinst.archive.control.metadatakatalog.Dokumenttype;
import no.gevinst.archive.control.metadatakatalog.EksternNoekkel;
import no.gevinst.archive.control.metadatakatalog.Format;
import no.gevinst.archive.control.metadatakatalog.Journalposttype;
import no.gevinst.archive.control.metadatakatalog.Journalstatus;
import no.gevinst.archive.control.metadatakatalog.Kode;
import no.gevinst.archive.control.metadatakatalog.Korrespondanseparttype;
import no.gevinst.archive.control.metadatakatalog.ReferanseTilMappe;
import no.gevinst.archive.control.metadatakatalog.Saksansvarlig;
import no.gevinst.archive.control.metadatakatalog.Saksbehandler;
import no.gevinst.archive.control.metadatakatalog.Saksstatus;
import no.gevinst.archive.control.metadatakatalog.Tilgangsrestriksjon;
import no.gevinst.archive.control.metadatakatalog.TilknyttetRegistreringSom;
import no.gevinst.archive.control.metadatakatalog.Variantformat;
import no.gevinst.archive.entity.FiledAct;

/**
 * Writes a filed act as a Fiks Arkiv v2 {@code arkivmelding} (opprett): the case folder (saksmappe) found or made by
 * its external key, the application's reference, and one journal entry (journalpost) in it with its documents. Every
 * message carries its case folder, so that the archive can take each on its own and knows each again by its keys.
 */
public final class Arkivmeldinger {

    /** The system the external keys belong to. */
    public static final String SYSTEM = "Gevinst";

    private static final JAXBContext CONTEXT = context();
    private static final ObjectFactory MESSAGES = new ObjectFactory();
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private Arkivmeldinger() {
    }

    /** Who answers for the case in the directorate: the case handler who assessed it. */
    public record Person(String name, String username) {

        public Person {
            name = xml(name);
        }
    }

    /** The municipality the case is with: the correspondence party of every journal entry. */
    public record Party(String name, String organisationNumber) {

        public Party {
            name = xml(name);
        }
    }

    /** The case folder: one per application. */
    public record Case(String reference, String title, String publicTitle, LocalDate opened, boolean closed,
            Person responsible, Party municipality) {

        public Case {
            title = xml(title);
            publicTitle = xml(publicTitle);
        }
    }

    /**
     * One document of the entry: the main document first ({@code main}), then its attachments. {@code screened}
     * where it holds personal data; {@code archival} where it is PDF/A (written by Gevinst), not as uploaded.
     */
    public record Document(int number, String title, String fileName, String sha256, long size, boolean main,
            boolean screened, boolean archival, String type) {

        public Document {
            title = xml(title);
        }
    }

    /** One journal entry: the act, its titles (the public one without personal names), its moment, its documents. */
    public record Entry(String key, FiledAct act, String title, String publicTitle, Instant at,
            List<Document> documents) {

        public Entry {
            title = xml(title);
            publicTitle = xml(publicTitle);
            documents = List.copyOf(documents);
        }
    }

    /**
     * What people typed, as XML 1.0 can hold it: JSON carries control characters and noncharacters that no XML
     * document may contain, and a message with one would be refused by every archive; they are left out.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The message as XML (UTF-8). */
    public static String write(Case folder, Entry entry) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(entry, "entry");
        Arkivmelding message = new Arkivmelding();
        message.setSystem(SYSTEM);
        message.setAntallFiler(entry.documents().size());
        message.setMappe(caseFolder(folder));
        message.setRegistrering(journalEntry(folder, entry));
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(MESSAGES.createArkivmelding(message), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("The arkivmelding of " + entry.key() + " could not be written", e);
        }
    }

    private static Saksmappe caseFolder(Case folder) {
        Saksmappe saksmappe = new Saksmappe();
        saksmappe.setTittel(folder.title());
        saksmappe.setOffentligTittel(folder.publicTitle());
        saksmappe.setReferanseEksternNoekkel(key(folder.reference()));
        saksmappe.setSaksdato(date(folder.opened()));
        saksmappe.setSaksstatus(code(Saksstatus::new, folder.closed() ? "A" : "B",
                folder.closed() ? "Avsluttet" : "Under behandling"));
        if (folder.responsible() != null) {
            Saksansvarlig responsible = new Saksansvarlig();
            responsible.setNavn(folder.responsible().name());
            responsible.setIdentifikator(folder.responsible().username());
            saksmappe.setSaksansvarlig(responsible);
        }
        return saksmappe;
    }

    private static Journalpost journalEntry(Case folder, Entry entry) {
        Journalpost journalpost = new Journalpost();
        ReferanseTilMappe parent = new ReferanseTilMappe();
        parent.setReferanseEksternNoekkel(key(folder.reference()));
        journalpost.setReferanseForelderMappe(parent);
        journalpost.getKorrespondansepart().add(party(folder, entry.act()));
        for (Document document : entry.documents()) {
            journalpost.getDokumentbeskrivelse().add(description(entry, document));
        }
        journalpost.setTittel(entry.title());
        journalpost.setOffentligTittel(entry.publicTitle());
        journalpost.setReferanseEksternNoekkel(key(entry.key()));
        journalpost.setJournalposttype(code(Journalposttype::new, entry.act().journalEntryType(),
                switch (entry.act().journalEntryType()) {
                    case "I" -> "Inngående dokument";
                    case "U" -> "Utgående dokument";
                    default -> "Organinternt dokument uten oppfølging";
                }));
        journalpost.setJournalstatus(code(Journalstatus::new, "J", "Journalført"));
        journalpost.setDokumentetsDato(date(entry.at().atZone(NORWAY).toLocalDate()));
        if (entry.act().isIncoming()) {
            journalpost.setMottattDato(moment(entry.at()));
        } else if (entry.act().isOutgoing()) {
            journalpost.setSendtDato(moment(entry.at()));
        }
        journalpost.setAntallVedlegg((int) entry.documents().stream().filter(document -> !document.main()).count());
        return journalpost;
    }

    /** The municipality: sender of what comes in, recipient of what goes out, copy of an internal note. */
    private static Korrespondansepart party(Case folder, FiledAct act) {
        Korrespondansepart party = new Korrespondansepart();
        party.setKorrespondanseparttype(act.isIncoming() ? code(Korrespondanseparttype::new, "EA", "Avsender")
                : act.isOutgoing() ? code(Korrespondanseparttype::new, "EM", "Mottaker")
                : code(Korrespondanseparttype::new, "EK", "Kopimottaker"));
        party.setKorrespondansepartNavn(folder.municipality().name());
        if (folder.municipality().organisationNumber() != null) {
            party.setOrganisasjonid(folder.municipality().organisationNumber());
        }
        if (folder.responsible() != null) {
            Saksbehandler caseHandler = new Saksbehandler();
            caseHandler.setNavn(folder.responsible().name());
            caseHandler.setIdentifikator(folder.responsible().username());
            party.setSaksbehandler(caseHandler);
        }
        return party;
    }

    private static Dokumentbeskrivelse description(Entry entry, Document document) {
        Dokumentbeskrivelse description = new Dokumentbeskrivelse();
        description.setDokumenttype(code(Dokumenttype::new, document.type(), null));
        description.setDokumentstatus(code(Dokumentstatus::new, "F", "Dokumentet er ferdigstilt"));
        description.setTittel(document.title());
        description.setTilknyttetRegistreringSom(document.main()
                ? code(TilknyttetRegistreringSom::new, "H", "Hoveddokument")
                : code(TilknyttetRegistreringSom::new, "V", "Vedlegg"));
        description.setDokumentnummer(document.number());
        if (document.screened()) {
            Skjerming screening = new Skjerming();
            screening.setTilgangsrestriksjon(code(Tilgangsrestriksjon::new, "13", "Taushetsplikt"));
            screening.setSkjermingshjemmel("Offl. § 13 jf. fvl. § 13 første ledd nr. 1");
            description.setSkjerming(screening);
        }
        Dokumentobjekt file = new Dokumentobjekt();
        file.setVersjonsnummer(1);
        file.setVariantformat(document.archival() ? code(Variantformat::new, "A", "Arkivformat")
                : code(Variantformat::new, "P", "Produksjonsformat"));
        file.setFormat(document.archival() ? code(Format::new, "fmt/477", "PDF/A-2b")
                : code(Format::new, "fmt/276", "PDF"));
        file.setMimeType("application/pdf");
        file.setFilnavn(document.fileName());
        file.setReferanseDokumentfil(document.fileName());
        file.setSjekksum(document.sha256());
        file.setSjekksumAlgoritme("SHA-256");
        file.setFilstoerrelse(Math.toIntExact(document.size()));
        description.getDokumentobjekt().add(file);
        description.setReferanseEksternNoekkel(key(entry.key() + "/" + document.number()));
        return description;
    }

    private static EksternNoekkel key(String key) {
        EksternNoekkel external = new EksternNoekkel();
        external.setFagsystem(SYSTEM);
        external.setNoekkel(key);
        return external;
    }

    private static <K extends Kode> K code(Supplier<K> kind, String code, String description) {
        K value = kind.get();
        value.setKode(code);
        value.setBeskrivelse(description);
        return value;
    }

    private static XMLGregorianCalendar date(LocalDate date) {
        return date == null ? null : DATATYPES.newXMLGregorianCalendar(date.toString());
    }

    /** A moment in Norwegian time with its offset, as xs:dateTime. */
    private static XMLGregorianCalendar moment(Instant instant) {
        return DATATYPES.newXMLGregorianCalendar(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(NORWAY).toOffsetDateTime()));
    }

    private static final DatatypeFactory DATATYPES = datatypes();

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The Fiks Arkiv types could not be read", e);
        }
    }
}
