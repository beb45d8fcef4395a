package no.gevinst.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's declared conflict of interest (inhabilitet) in an application, kept for good: that user never takes the
 * application, acts on its assessment or decides it.
 */
@Entity
@Table(name = "assessment_conflict")
@IdClass(AssessmentConflict.Key.class)
public class AssessmentConflict implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The application and the user: one declaration each. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long applicationId;
        private String username;

        protected Key() {
        }

        public Key(long applicationId, String username) {
            this.applicationId = applicationId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(applicationId, key.applicationId)
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, username);
        }
    }

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Id
    @Column(name = "username", length = 100)
    private String username;

    private Instant declaredAt;

    protected AssessmentConflict() {
    }

    public AssessmentConflict(long applicationId, String username, Instant declaredAt) {
        this.applicationId = applicationId;
        this.username = username;
        this.declaredAt = declaredAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
