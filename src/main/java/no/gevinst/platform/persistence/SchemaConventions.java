package no.gevinst.platform.persistence;

import java.util.regex.Pattern;
import no.gevinst.platform.entity.SequencedEntity;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * How entities meet the schema, said once here instead of on every field (Flyway's migrations own the schema):
 * <ul>
 * <li>a column is named after its attribute in snake case ({@code dueDate} is {@code due_date}) unless the mapping
 * names it;</li>
 * <li>a {@link SequencedEntity}'s id comes from the sequence {@code <table>_seq}, which steps by
 * {@value #ALLOCATION} (the migrations create it so);</li>
 * <li>an embedded value is never null, even when all its columns are, so that entities need not check.</li>
 * </ul>
 */
public class SchemaConventions implements SessionCustomizer {

    /** How many ids one call to a sequence reserves: its step in the schema. */
    static final int ALLOCATION = 50;

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                nameColumn(mapping);
                if (mapping instanceof AggregateObjectMapping embedded) {
                    embedded.setIsNullAllowed(false);
                }
            }
            if (SequencedEntity.class.isAssignableFrom(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                String sequence = descriptor.getTableName().toLowerCase() + "_seq";
                descriptor.setSequenceNumberName(sequence);
                session.getLogin().addSequence(new NativeSequence(sequence, ALLOCATION, false));
            }
        }
    }

    /** A column left to the default, which is the attribute's name, gets the attribute's name in snake case. */
    private static void nameColumn(DatabaseMapping mapping) {
        DatabaseField column = mapping.getField();
        String attribute = mapping.getAttributeName();
        if (column != null && attribute != null && column.getName().equalsIgnoreCase(attribute)) {
            column.setName(snakeCase(attribute));
        }
    }

    static String snakeCase(String attribute) {
        return WORD_START.matcher(attribute).replaceAll("_").toLowerCase();
    }
}
