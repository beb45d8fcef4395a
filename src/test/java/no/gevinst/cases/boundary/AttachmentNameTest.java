package no.gevinst.cases.boundary;

import no.gevinst.applications.boundary.ApplicationsResource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void aUtf8FileNameReadAsLatin1IsDecodedAgain() {
        String sent = new String("Prosjektplan æøå.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Prosjektplan æøå.pdf", AttachmentsResource.utf8(sent));
    }

    @Test
    void aNameThatIsNotUtf8StaysAsItIs() {
        assertEquals("Prosjektplan æøå.pdf", AttachmentsResource.utf8("Prosjektplan æøå.pdf"));
        assertEquals("plan.pdf", AttachmentsResource.utf8("plan.pdf"));
    }
}
