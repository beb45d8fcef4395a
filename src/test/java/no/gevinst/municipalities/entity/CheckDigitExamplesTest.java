package no.gevinst.municipalities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The MOD11 validators against every organisation-number and account-number example of the shared reference CSV. */
class CheckDigitExamplesTest {

    record Example(String type, String value, boolean valid, String note) {
    }

    static List<Example> examples() throws IOException {
        var stream = Objects.requireNonNull(CheckDigitExamplesTest.class.getResourceAsStream("/validation/validation_examples.csv"));
        List<Example> examples = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = csvFields(line);
                examples.add(new Example(fields.get(0), fields.get(1), Boolean.parseBoolean(fields.get(2)), fields.get(3)));
            }
        }
        return examples;
    }

    /** The CSV quotes fields that hold commas. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static Stream<Arguments> organisationNumbers() throws IOException {
        return examples().stream().filter(e -> e.type().equals("orgnr")).map(e -> Arguments.of(e.value(), e.valid(), e.note()));
    }

    static Stream<Arguments> accountNumbers() throws IOException {
        return examples().stream().filter(e -> e.type().equals("kontonr")).map(e -> Arguments.of(e.value(), e.valid(), e.note()));
    }

    @ParameterizedTest(name = "orgnr {0} valid={1} ({2})")
    @MethodSource("organisationNumbers")
    void organisationNumberValidatorAgreesWithExample(String value, boolean valid, String note) {
        assertEquals(valid, OrganisationNumber.isValid(value), note);
    }

    @ParameterizedTest(name = "kontonr {0} valid={1} ({2})")
    @MethodSource("accountNumbers")
    void bankAccountValidatorAgreesWithExample(String value, boolean valid, String note) {
        assertEquals(valid, BankAccountNumber.isValid(value), note);
    }

    @Test
    void everyExampleOfBothKindsIsChecked() throws IOException {
        assertEquals(17, organisationNumbers().count());
        assertEquals(12, accountNumbers().count());
    }

    @Test
    void numbersAreAcceptedAsPeopleWriteThem() {
        assertEquals("86011117947", BankAccountNumber.parse("8601 11 17947").value());
        assertEquals("86011117947", BankAccountNumber.parse("8601.11.17947").value());
        assertEquals("8601 11 17947", BankAccountNumber.parse("86011117947").formatted());
        assertEquals("921 234 554", OrganisationNumber.parse("921234554").formatted());
        assertTrue(OrganisationNumber.isValid("988 077 917"));
    }

    @Test
    void anInvalidNumberCannotBeConstructed() {
        assertThrows(IllegalArgumentException.class, () -> OrganisationNumber.parse("123456789"));
        assertThrows(IllegalArgumentException.class, () -> BankAccountNumber.parse("86011117949"));
        assertThrows(IllegalArgumentException.class, () -> BankAccountNumber.parse("٨٦٠١١١١٧٩٤٧"));
    }
}
