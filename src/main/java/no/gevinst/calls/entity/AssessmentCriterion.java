package no.gevinst.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One criterion a call's applications are scored on, with its weight in per cent of the total score. */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_criterion_seq")
    @SequenceGenerator(name = "assessment_criterion_seq", sequenceName = "assessment_criterion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private Call call;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected AssessmentCriterion() {
    }

    AssessmentCriterion(Call call, int position, String name, int weight) {
        this.call = call;
        this.position = position;
        this.name = name;
        this.weight = weight;
    }

    /** A criterion keeps its identity when a call is revised, so that scores given to it stay attached. */
    void restate(String newName, int newWeight) {
        this.name = newName;
        this.weight = newWeight;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
