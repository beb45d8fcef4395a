package no.gevinst.calls.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.gevinst.platform.entity.SequencedEntity;

/** One criterion a call's applications are scored on, with its weight in per cent of the total score. */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion extends SequencedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private Call call;

    private int position;

    private String name;

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
