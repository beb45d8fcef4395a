package no.gevinst.municipalities.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.platform.entity.Violation;

/**
 * A municipality register as a CSV file in the shared format (the columns of {@code kommuner_2024.csv}, found by
 * their names, so that a later file may add or reorder columns). Rows that break the rules are reported by line.
 */
public final class RegisterFile {

    /** One municipality as the file states it. */
    public record Row(int line, String number, String name, String officialName, String countyNumber,
            String countyName, String organisationNumber, Integer population, LanguageForm languageForm)
            implements java.io.Serializable {
    }

    private static final List<String> REQUIRED = List.of("kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn");

    private final List<Row> rows;
    private final List<Violation> violations;

    private RegisterFile(List<Row> rows, List<Violation> violations) {
        this.rows = List.copyOf(rows);
        this.violations = List.copyOf(violations);
    }

    public static RegisterFile parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            violations.add(Violation.of("file", "validation.register.empty"));
            return new RegisterFile(rows, violations);
        }
        List<String> header = split(lines[0]);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).trim().toLowerCase(), i);
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                violations.add(Violation.of("file", "validation.register.missingColumn", required));
            }
        }
        if (!violations.isEmpty()) {
            return new RegisterFile(rows, violations);
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> cells = split(lines[i]);
            String number = cell(cells, column, "kommunenummer");
            String name = cell(cells, column, "kommunenavn");
            String countyNumber = cell(cells, column, "fylkesnummer");
            String countyName = cell(cells, column, "fylkesnavn");
            String organisationNumber = cell(cells, column, "organisasjonsnummer");
            String population = cell(cells, column, "folketall");
            String officialName = cell(cells, column, "offisielt_navn_ssb_2024");
            String languageForm = cell(cells, column, "malform");
            int before = violations.size();
            if (!number.matches("\\d{4}")) {
                violations.add(Violation.of("file", "validation.register.number", line, number));
            } else if (!numbers.add(number)) {
                violations.add(Violation.of("file", "validation.register.duplicate", line, number));
            }
            if (name.isBlank()) {
                violations.add(Violation.of("file", "validation.register.name", line));
            }
            if (!countyNumber.matches("\\d{2}") || countyName.isBlank()) {
                violations.add(Violation.of("file", "validation.register.county", line));
            }
            if (!organisationNumber.isBlank() && !OrganisationNumber.isValid(organisationNumber)) {
                violations.add(Violation.of("file", "validation.register.organisationNumber", line, organisationNumber));
            }
            if (!population.isBlank() && !population.matches("\\d{1,9}")) {
                violations.add(Violation.of("file", "validation.register.population", line, population));
            }
            if (violations.size() == before) {
                rows.add(new Row(line, number, name.trim(), officialName.isBlank() ? name.trim() : officialName.trim(),
                        countyNumber, countyName.trim(), organisationNumber.isBlank() ? null : organisationNumber,
                        population.isBlank() ? null : Integer.valueOf(population),
                        languageForm.isBlank() ? LanguageForm.NEUTRAL : LanguageForm.fromRegister(languageForm)));
            }
        }
        if (rows.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of("file", "validation.register.empty"));
        }
        return new RegisterFile(rows, violations);
    }

    private static String cell(List<String> cells, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }

    /** Splits a CSV line; a field may be quoted, with "" for a quote inside it. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Violation> violations() {
        return violations;
    }
}
