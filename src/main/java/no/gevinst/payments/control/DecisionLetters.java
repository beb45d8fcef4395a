package no.gevinst.payments.control;

import no.gevinst.platform.entity.Checksums;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.payments.entity.IssuedLetter;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.municipalities.entity.OrganisationNumber;

/** Issues the grant letter of a decision, written in the municipality's language form from the register. */
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
}
