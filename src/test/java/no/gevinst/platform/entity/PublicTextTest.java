package no.gevinst.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicTextTest {

    @Test
    void theApplicationsPeopleEmailAddressesAndTelephoneNumbersAreTakenOut() {
        List<String> people = List.of("Kari Nordmann", "kari@drammen.example", "+47 912 34 567");
        assertEquals("Kontakt […] ([…]) på […].",
                PublicText.of("Kontakt kari nordmann (kari@drammen.example) på +47 912 34 567.", people));
        assertEquals("Spør […] eller ring […] / […] / […]",
                PublicText.of("Spør ola@voss.example eller ring 56519400 / 56 51 94 00 / 0047 123 45 678", List.of()));
    }

    @Test
    void amountsDatesAndOrganisationNumbersStay() {
        String text = "Kr 12 000 000 fra 2026-01-15 til 15.06.2027, 1 250 000,50 kroner, org.nr. 921234554 og"
                + " 921 234 554, saksnummer 12345678,5";
        assertEquals(text, PublicText.of(text, List.of()));
        assertNull(PublicText.of(null, List.of("X")));
        assertEquals("A B", PublicText.of("A B", List.of("A")), "a single letter is nobody's name");
    }
}
