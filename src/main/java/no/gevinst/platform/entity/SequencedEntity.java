package no.gevinst.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * An entity whose id the database gives from its table's sequence when it is first stored; which sequence, and how
 * many ids are reserved at a time, is the schema's convention (see
 * {@code no.gevinst.platform.persistence.SchemaConventions}).
 */
@MappedSuperclass
public abstract class SequencedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** Null until the entity is first stored. */
    public Long getId() {
        return id;
    }
}
