package no.gevinst.support;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

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
}
