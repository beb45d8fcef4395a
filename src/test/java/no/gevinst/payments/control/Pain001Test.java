package no.gevinst.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.gevinst.platform.entity.Money;
import no.gevinst.support.BankFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The bank file validates against the ISO 20022 schema and says what the batch says. */
class Pain001Test {

    private static void validate(byte[] file) throws Exception {
        BankFiles.validatePain001(file);
    }

    private static final Pain001.Debtor DIRECTORATE = new Pain001.Debtor("Helsedirektoratet", "983544622",
            "86011117947");

    @Test
    void aBatchOfTwoTransfersValidatesAndSumsToItsTotal() throws Exception {
        byte[] file = Pain001.write("GEVINST-B50", Instant.parse("2026-11-23T10:15:30.123Z"), LocalDate.of(2026, 11, 24),
                DIRECTORATE, List.of(
                        new Pain001.Transfer("P50", "HT-2026-0001-M1-P50", Money.of("266666.66"), "Drammen kommune",
                                "86011117947", "Tilskudd HT-2026-0001 milepæl 1: Anskaffelse"),
                        new Pain001.Transfer("P51", "HT-2026-0002-REL-P51", Money.of("200000.01"), "Voss herad",
                                "99990000006", "Tilskudd HT-2026-0002 tilbakeholdt beløp frigitt ved drift")));
        validate(file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
        NodeList amounts = document.getElementsByTagNameNS(Pain001.NAMESPACE, "InstdAmt");
        assertEquals(2, amounts.getLength());
        BigDecimal sum = new BigDecimal(amounts.item(0).getTextContent()).add(new BigDecimal(amounts.item(1).getTextContent()));
        assertEquals(new BigDecimal("466666.67"), sum);
        assertEquals("466666.67", document.getElementsByTagNameNS(Pain001.NAMESPACE, "CtrlSum").item(0).getTextContent());
        assertEquals("2", document.getElementsByTagNameNS(Pain001.NAMESPACE, "NbOfTxs").item(0).getTextContent());
        assertEquals("2026-11-23T11:15:30", document.getElementsByTagNameNS(Pain001.NAMESPACE, "CreDtTm").item(0)
                .getTextContent(), "Norwegian time, whole seconds");
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals(true, text.contains("milepæl 1"), "UTF-8 with Norwegian letters");
    }

    @Test
    void theSchemaReallyIsEnforced() {
        byte[] file = Pain001.write("M", Instant.EPOCH, LocalDate.of(2026, 1, 1), DIRECTORATE, List.of(
                new Pain001.Transfer("P1", "E1", Money.of("1.00"), "Drammen kommune", "86011117947", "T")));
        byte[] broken = new String(file, StandardCharsets.UTF_8).replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>XXX</PmtMtd>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> validate(broken));
    }
}
