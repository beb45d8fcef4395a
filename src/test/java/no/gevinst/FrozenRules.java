package no.gevinst;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import com.tngtech.archunit.library.freeze.ViolationStore;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * How {@link ArchitectureTest} freezes its rules: today's violations are kept in the committed store
 * ({@code src/test/resources/archunit_store}, configured in {@code archunit.properties}) and only new ones fail.
 * ArchUnit's {@link FreezingArchRule} drops a stored violation once it is gone (the store is updated: commit it).
 */
final class FrozenRules {

    /** The properties of {@code archunit.properties} that say where the store is and what it may do. */
    private static final String STORE_PROPERTIES = "freeze.store";
    private static final String ALLOW_STORE_CREATION = "default.allowStoreCreation";
    private static final String REFREEZE = "freeze.refreeze";
    private static final String CYCLE_DETAILS = "\n  1. Dependencies of ";

    private FrozenRules() {
    }

    /** The rule, failing only for violations that are not in the store; ArchUnit ignores line numbers when matching. */
    static ArchRule freeze(ArchRule rule) {
        return FreezingArchRule.freeze(rule).persistIn(new Store());
    }

    /**
     * A cycle rule, frozen by the cycles it finds: a cycle is known when the same components form it, whichever class
     * dependencies make its edges today (these change with every class moved, and a cycle that loses one of many
     * dependencies is no new cycle). The store keeps each cycle's components; a failure shows the dependencies.
     */
    static ArchRule freezeCycles(ArchRule rule) {
        return FreezingArchRule.freeze(rule)
                .persistIn(new Store(FrozenRules::cycleOnly))
                .associateViolationLinesVia((actual, stored) -> cycleOnly(actual).equals(cycleOnly(stored)));
    }

    /** "Cycle detected: Slice a -> Slice b -> Slice a", without the dependencies that ArchUnit lists after it. */
    static String cycleOnly(String violation) {
        int details = violation.indexOf(CYCLE_DETAILS);
        return details < 0 ? violation : violation.substring(0, details);
    }

    /** The number of violations stored for the rule, or -1 when the store holds no entry for it. */
    static int storedViolations(ArchRule rule) {
        Store store = new Store();
        store.initialize(ArchConfiguration.get().getSubProperties(STORE_PROPERTIES));
        return store.contains(rule) ? store.getViolations(rule).size() : -1;
    }

    /** Every rule description that has an entry in the store. */
    static Set<String> storedRules() {
        File index = new File(storeFolder(), "stored.rules");
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(index.toPath())) {
            stored.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the violation store's index " + index.getAbsolutePath(), e);
        }
        return new TreeSet<>(stored.stringPropertyNames());
    }

    static File storeFolder() {
        return new File(ArchConfiguration.get().getSubProperties(STORE_PROPERTIES).getProperty("default.path", "archunit_store"));
    }

    /**
     * ArchUnit's text-file store, which also refuses to add a rule it does not hold yet unless store creation or
     * refreezing was asked for. ArchUnit's own {@code allowStoreCreation} guards only the store's index file: a rule
     * missing from an existing store (a new rule, or one whose description changed) would have all its violations
     * recorded silently on an ordinary run. {@code archunit.properties} names this class as {@code freeze.store}.
     */
    public static final class Store implements ViolationStore {
        private final TextFileBasedViolationStore files = new TextFileBasedViolationStore();
        private final UnaryOperator<String> kept;
        private boolean newRulesAllowed;

        public Store() {
            this(UnaryOperator.identity());
        }

        Store(UnaryOperator<String> kept) {
            this.kept = kept;
        }

        @Override
        public void initialize(Properties properties) {
            files.initialize(properties);
            newRulesAllowed = Boolean.parseBoolean(properties.getProperty(ALLOW_STORE_CREATION, "false"))
                    || Boolean.parseBoolean(ArchConfiguration.get().getPropertyOrDefault(REFREEZE, "false"));
        }

        @Override
        public boolean contains(ArchRule rule) {
            return files.contains(rule);
        }

        @Override
        public void save(ArchRule rule, List<String> violations) {
            if (!files.contains(rule) && !newRulesAllowed) {
                throw new IllegalStateException("The violation store " + storeFolder() + " holds no entry for the rule '"
                        + rule.getDescription() + "' (a new rule, or its description changed). Record its "
                        + violations.size() + " violations consciously: mvn test -Dtest=ArchitectureTest "
                        + "-Darchunit.freeze.store.default.allowStoreCreation=true, and commit the store "
                        + "(see docs/architecture-rules.md).");
            }
            files.save(rule, violations.stream().map(kept).toList());
        }

        @Override
        public List<String> getViolations(ArchRule rule) {
            return files.getViolations(rule);
        }
    }
}
