package no.gevinst.archive.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Fiks Arkiv v2 schemas that Gevinst's messages keep to, read from the class path (copied from KS's
 * specification, MIT): nothing is sent that the archive's schema refuses, and every receipt is read only after its
 * schema has taken it.
 */
public final class ArchiveSchemas {

    private static final String FOLDER = "no/gevinst/archive/fiks-arkiv/";
    private static final Schema ARKIVMELDING = schema("no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd");
    private static final Schema KVITTERING = schema(
            "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.kvittering.xsd");

    private ArchiveSchemas() {
    }

    /** What makes {@code xml} not an arkivmelding (opprett) by the schema, each with its line; empty when it is. */
    public static List<String> arkivmeldingErrors(String xml) {
        return errors(ARKIVMELDING, xml);
    }

    /** What makes {@code xml} not an arkivmelding receipt (kvittering) by the schema; empty when it is one. */
    public static List<String> kvitteringErrors(String xml) {
        return errors(KVITTERING, xml);
    }

    private static List<String> errors(Schema schema, String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a warning does not make the document invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static Schema schema(String file) {
        URL location = ArchiveSchemas.class.getClassLoader().getResource(FOLDER + file);
        if (location == null) {
            throw new IllegalStateException(FOLDER + file + " is not on the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schemas import each other by relative location, beside them on the class path, nothing else
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt,vfs,wsjar,zip");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(location);
        } catch (SAXException e) {
            throw new IllegalStateException("The schema " + file + " could not be read", e);
        }
    }
}
