package no.gevinst.municipalities.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a new register file would change in the register in force: municipalities added, changed (renamed, moved to
 * another county, or given another organisation number) and removed (no longer in the file; they are ended, never
 * deleted, since applications and users refer to them).
 */
public record RegisterDiff(List<RegisterFile.Row> added, List<Change> changed, List<Current> removed)
        implements java.io.Serializable {

    /** A municipality as the register holds it now. */
    public record Current(String number, String name, String countyNumber, String organisationNumber)
            implements java.io.Serializable {
    }

    /** A municipality in both, with what differs. */
    public record Change(Current before, RegisterFile.Row after) implements java.io.Serializable {

        public boolean isRenamed() {
            return !before.name().equals(after.name());
        }

        public boolean isMovedCounty() {
            return !before.countyNumber().equals(after.countyNumber());
        }
    }

    public static RegisterDiff between(List<Current> inForce, List<RegisterFile.Row> file) {
        Map<String, Current> now = inForce.stream().collect(Collectors.toMap(Current::number, Function.identity()));
        Map<String, RegisterFile.Row> next = file.stream()
                .collect(Collectors.toMap(RegisterFile.Row::number, Function.identity()));
        List<RegisterFile.Row> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (RegisterFile.Row row : file) {
            Current current = now.get(row.number());
            if (current == null) {
                added.add(row);
            } else if (!current.name().equals(row.name()) || !current.countyNumber().equals(row.countyNumber())
                    || !java.util.Objects.equals(current.organisationNumber(), row.organisationNumber())) {
                changed.add(new Change(current, row));
            }
        }
        List<Current> removed = inForce.stream().filter(current -> !next.containsKey(current.number()))
                .sorted(Comparator.comparing(Current::number)).toList();
        added.sort(Comparator.comparing(RegisterFile.Row::number));
        changed.sort(Comparator.comparing(change -> change.before().number()));
        return new RegisterDiff(List.copyOf(added), List.copyOf(changed), removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
