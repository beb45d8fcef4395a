package no.gevinst.payments.control;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.gevinst.platform.entity.Money;

/**
 * Writes a payment batch as an ISO 20022 {@code pain.001.001.03} customer credit transfer initiation: one payment
 * information block from the directorate's account, one credit transfer per payment to the municipality's account
 * (Norwegian BBAN), in NOK, each named by an end-to-end id and a remittance text with the grant and milestone.
 */
public final class Pain001 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Who pays: the directorate's name, organisation number (may be blank) and account. */
    public record Debtor(String name, String organisationNumber, String account) {
    }

    /** One credit transfer. */
    public record Transfer(String instructionId, String endToEndId, Money amount, String creditorName,
            String creditorAccount, String remittance) {
    }

    private Pain001() {
    }

    public static byte[] write(String messageId, Instant created, LocalDate executionDate, Debtor debtor,
            List<Transfer> transfers) {
        Money total = transfers.stream().map(Transfer::amount).reduce(Money.ZERO, Money::plus);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", CREATED.format(created.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.of("Europe/Oslo"))));
            text(xml, "NbOfTxs", String.valueOf(transfers.size()));
            text(xml, "CtrlSum", total.toString());
            party(xml, "InitgPty", debtor);
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", messageId + "-1");
            text(xml, "PmtMtd", "TRF");
            text(xml, "BtchBookg", "false");
            text(xml, "NbOfTxs", String.valueOf(transfers.size()));
            text(xml, "CtrlSum", total.toString());
            xml.writeStartElement("PmtTpInf");
            text(xml, "InstrPrty", "NORM");
            xml.writeStartElement("CtgyPurp");
            text(xml, "Cd", "SUPP");
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ReqdExctnDt", executionDate.toString());
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", limit(debtor.name(), 70));
            country(xml);
            xml.writeEndElement();
            account(xml, "DbtrAcct", debtor.account());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ChrgBr", "SLEV");
            for (Transfer transfer : transfers) {
                xml.writeStartElement("CdtTrfTxInf");
                xml.writeStartElement("PmtId");
                text(xml, "InstrId", limit(transfer.instructionId(), 35));
                text(xml, "EndToEndId", limit(transfer.endToEndId(), 35));
                xml.writeEndElement();
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "NOK");
                xml.writeCharacters(transfer.amount().toString());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("Cdtr");
                text(xml, "Nm", limit(transfer.creditorName(), 70));
                country(xml);
                xml.writeEndElement();
                account(xml, "CdtrAcct", transfer.creditorAccount());
                xml.writeStartElement("RmtInf");
                text(xml, "Ustrd", limit(transfer.remittance(), 140));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the payment file", e);
        }
        return out.toByteArray();
    }

    private static void party(XMLStreamWriter xml, String element, Debtor debtor) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", limit(debtor.name(), 70));
        if (debtor.organisationNumber() != null && !debtor.organisationNumber().isBlank()) {
            xml.writeStartElement("Id");
            xml.writeStartElement("OrgId");
            xml.writeStartElement("Othr");
            text(xml, "Id", debtor.organisationNumber());
            xml.writeStartElement("SchmeNm");
            text(xml, "Cd", "CUST");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void country(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("PstlAdr");
        text(xml, "Ctry", "NO");
        xml.writeEndElement();
    }

    /** A Norwegian account number (BBAN, 11 digits), in NOK. */
    private static void account(XMLStreamWriter xml, String element, String bban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        text(xml, "Id", bban);
        xml.writeStartElement("SchmeNm");
        text(xml, "Cd", "BBAN");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        text(xml, "Ccy", "NOK");
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String limit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
