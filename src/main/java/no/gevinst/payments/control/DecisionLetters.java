package no.gevinst.payments.control;

import no.gevinst.platform.entity.Checksums;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.payments.entity.ChangeRequest;
import no.gevinst.payments.entity.ChangeStatus;
import no.gevinst.payments.entity.FollowUpKind;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.platform.entity.Money;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.payments.entity.GateDecision;
import no.gevinst.payments.entity.Ledger;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;

/**
 * Issues the letters of the decisions on a grant, written in the municipality's language form from the register: the
 * grant letter, and the letters of the decisions at its decision points.
 */
public final class DecisionLetters {

    private DecisionLetters() {
    }

    public static IssuedLetter issue(Application application, Grant grant, String decisionComment,
            int reportingPeriodYears, Instant now, LocalDate today) {
        Municipality municipality = application.getMunicipality();
        GrantLetter.Content content = new GrantLetter.Content(application.getReference(), application.getTitle(),
                application.getCall().getTitle(), municipality.getName(), municipality.getNumber(),
                municipality.getOrganisationNumber().map(OrganisationNumber::formatted).orElse(""),
                // the register's account is the one paid; the application's only until the register has one
                municipality.getBankAccount().or(application::getBankAccount).map(BankAccountNumber::formatted)
                        .orElse(""), grant.getAmount(),
                grant.getMilestones().stream()
                        .map(GrantMilestone::instalment).toList(),
                grant.getWithheldPercent(), today, grant.getAnswer().getDeadline(), grant.getOperation().getDeadline(),
                reportingPeriodYears, application.getBenefitTargets().stream().map(BenefitTarget::getIndicator).toList(),
                decisionComment);
        Locale language = municipality.writtenLanguage();
        byte[] pdf = GrantLetter.render(content, language);
        return new IssuedLetter(application.getId(), language, pdf, Checksums.sha256(pdf), now);
    }

    /**
     * The letter of the decision just taken at {@code decisionPoint}: a go names the milestones it opens (up to the
     * next decision point), a stop what the grant came to.
     */
    public static FollowUpLetter decisionPoint(Application application, Grant grant, GrantMilestone decisionPoint,
            Instant now, LocalDate today) {
        Municipality municipality = application.getMunicipality();
        Letterhead head = new Letterhead(municipality.getName(), municipality.getNumber(),
                municipality.getOrganisationNumber().map(OrganisationNumber::formatted).orElse(""), today,
                application.getReference(), null, null);
        List<Instalment> next = new ArrayList<>();
        for (GrantMilestone m : grant.getMilestones()) {
            if (m.getPosition() > decisionPoint.getPosition()) {
                next.add(m.instalment());
                if (m.isDecisionPoint()) {
                    break;
                }
            }
        }
        GateDecision decision = decisionPoint.getGateDecision();
        Ledger ledger = grant.ledger();
        boolean stop = decision == GateDecision.STOP;
        DecisionPointLetter.Content content = new DecisionPointLetter.Content(head, application.getCall().getTitle(),
                application.getTitle(), decision, decisionPoint.getPosition() + 1, decisionPoint.getTitle(),
                decisionPoint.getGateText(), stop ? List.of() : next, stop ? ledger.paid() : null,
                stop ? ledger.forfeited() : null, stop ? ledger.freed() : null);
        Locale language = municipality.writtenLanguage();
        byte[] pdf = DecisionPointLetter.render(content, language);
        return new FollowUpLetter(application.getId(), stop ? FollowUpKind.DECISION_POINT_STOP
                : FollowUpKind.DECISION_POINT_GO, decisionPoint.getId(), language, pdf, Checksums.sha256(pdf), now);
    }

    /**
     * The letter of the decision on {@code change}, taken just now: an approval (the addendum, with the plan as it now
     * stands, version {@code version}) or a rejection.
     */
    public static FollowUpLetter change(Application application, Grant grant, ChangeRequest change,
            Money previousAmount, int version, Instant now, LocalDate today) {
        Municipality municipality = application.getMunicipality();
        Letterhead head = new Letterhead(municipality.getName(), municipality.getNumber(),
                municipality.getOrganisationNumber().map(OrganisationNumber::formatted).orElse(""), today,
                application.getReference(), null, null);
        boolean approved = change.getStatus() == ChangeStatus.APPROVED;
        List<ChangeLetter.Milestone> plan = grant.getMilestones().stream()
                .filter(m -> m.getStatus() != MilestoneStatus.REMOVED)
                .map(m -> new ChangeLetter.Milestone(m.getTitle(), m.getDueDate(), m.getAmount(), m.getStatus(),
                        m.isDecisionPoint())).toList();
        ChangeLetter.Content content = new ChangeLetter.Content(head, application.getCall().getTitle(),
                application.getTitle(), approved,
                change.getRequestedAt().atZone(no.gevinst.platform.entity.Clocks.NORWAY).toLocalDate(),
                change.getKinds(), change.isAdjusted(), change.getDecisionComment(), previousAmount,
                grant.getAmount(), grant.getOperation().getDeadline(), plan, version);
        Locale language = municipality.writtenLanguage();
        byte[] pdf = ChangeLetter.render(content, language);
        return new FollowUpLetter(application.getId(), approved ? FollowUpKind.CHANGE_APPROVED
                : FollowUpKind.CHANGE_REJECTED, null, change.getId(), language, pdf, Checksums.sha256(pdf), now);
    }
}
