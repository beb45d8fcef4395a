package no.gevinst.support;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.gevinst.payments.control.Pain001;

/** Checks bank files against the ISO 20022 schema (copied into the test resources, see its PROVENANCE.md). */
public final class BankFiles {

    private BankFiles() {
    }

    /** Throws {@link org.xml.sax.SAXException} naming the first rule {@code file} breaks. */
    public static void validatePain001(byte[] file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(BankFiles.class.getResource("/iso20022/pain.001.001.03.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    /** The account each credit transfer of a pain.001 file pays to, by its instruction id ("P" and the payment's id). */
    public static java.util.Map<String, String> creditorAccounts(byte[] file) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var transfers = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file))
                .getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf");
        java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < transfers.getLength(); i++) {
            var transfer = (org.w3c.dom.Element) transfers.item(i);
            var creditorAccount = (org.w3c.dom.Element) transfer.getElementsByTagNameNS(Pain001.NAMESPACE, "CdtrAcct")
                    .item(0);
            accounts.put(transfer.getElementsByTagNameNS(Pain001.NAMESPACE, "InstrId").item(0).getTextContent(),
                    creditorAccount.getElementsByTagNameNS(Pain001.NAMESPACE, "Id").item(1).getTextContent());
        }
        return accounts;
    }
}
