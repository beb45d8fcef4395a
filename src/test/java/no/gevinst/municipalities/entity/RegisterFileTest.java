package no.gevinst.municipalities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.api.Test;

class RegisterFileTest {

    static String register2024() throws IOException {
        try (InputStream in = RegisterFileTest.class.getResourceAsStream("/reference/kommuner_2024.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<RegisterDiff.Current> inForce(RegisterFile file) {
        return file.rows().stream().map(r -> new RegisterDiff.Current(r.number(), r.name(), r.countyNumber(),
                r.organisationNumber())).toList();
    }

    @Test
    void theSharedRegisterReadsAsIsAndComparedWithItselfChangesNothing() throws IOException {
        RegisterFile file = RegisterFile.parse(register2024());
        assertEquals(List.of(), file.violations());
        assertEquals(357, file.rows().size());
        RegisterFile.Row voss = file.rows().stream().filter(r -> r.number().equals("4621")).findFirst().orElseThrow();
        assertEquals("Voss", voss.name());
        assertEquals("46", voss.countyNumber());
        assertEquals(LanguageForm.NYNORSK, voss.languageForm());
        assertTrue(RegisterDiff.between(inForce(file), file.rows()).isEmpty());
    }

    @Test
    void aChangedCopyShowsAdditionsRenamesAndRemovals() throws IOException {
        String original = register2024();
        RegisterFile before = RegisterFile.parse(original);
        String changed = original
                .replace("\n4620,Ulvik,", "\n4620,Ulvik herad,")
                .replaceAll("\n4623,Samnanger,[^\n]*", "")
                + "4699,Nykommune,Nykommune,Nykommune,,,Nykommune,46,Vestland,Vestland,,,,1234,10.0,Nynorsk\n";
        RegisterFile after = RegisterFile.parse(changed);
        assertEquals(List.of(), after.violations());
        RegisterDiff diff = RegisterDiff.between(inForce(before), after.rows());
        assertEquals(List.of("4699"), diff.added().stream().map(RegisterFile.Row::number).toList());
        assertEquals(1, diff.changed().size());
        assertEquals("Ulvik", diff.changed().get(0).before().name());
        assertEquals("Ulvik herad", diff.changed().get(0).after().name());
        assertTrue(diff.changed().get(0).isRenamed());
        assertEquals(List.of("4623"), diff.removed().stream().map(RegisterDiff.Current::number).toList());
    }

    @Test
    void faultsAreReportedByLine() {
        RegisterFile file = RegisterFile.parse("""
                kommunenummer,kommunenavn,fylkesnummer,fylkesnavn,organisasjonsnummer
                0301,Oslo,03,Oslo,958935420
                301,Feil,03,Oslo,
                0301,Oslo igjen,03,Oslo,
                1101,"Eigersund, kommune",11,Rogaland,944496395
                """);
        assertEquals(List.of("validation.register.number", "validation.register.duplicate",
                "validation.register.organisationNumber"), file.violations().stream().map(Violation::messageKey).toList());
        assertEquals(3, file.violations().get(0).arguments().get(0));
        assertEquals(List.of("0301"), file.rows().stream().map(RegisterFile.Row::number).toList());
        assertEquals(List.of("validation.register.missingColumn"), RegisterFile.parse("nummer,navn\n0301,Oslo\n")
                .violations().stream().map(Violation::messageKey).distinct().toList());
    }
}
