package no.gevinst.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaConventionsTest {

    @ParameterizedTest
    @CsvSource({"amount, amount", "dueDate, due_date", "inOperationSince, in_operation_since",
            "addressLine2, address_line2", "pain001MessageId, pain001_message_id"})
    void aColumnIsItsAttributeInSnakeCase(String attribute, String column) {
        assertEquals(column, SchemaConventions.snakeCase(attribute));
    }
}
