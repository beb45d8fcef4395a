package no.gevinst.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.platform.entity.InvalidInputException;

/**
 * The scheme's settings (one row): what new calls start from — withheld %, maximum share of eligible cost,
 * reporting period, acceptance deadline, operation grace period, categories and criteria — and the directorate as
 * debtor in the bank file.
 */
@Entity
@Table(name = "scheme_settings")
public class SchemeSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ID = 1;

    /** A criterion of the template new calls start with. */
    @Embeddable
    public static class CriterionTemplate {
        private String name;

        private int weight;

        protected CriterionTemplate() {
        }

        CriterionTemplate(String name, int weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() {
            return name;
        }

        public int getWeight() {
            return weight;
        }
    }

    @Id
    private int id = ID;

    private BigDecimal defaultWithheldPercent;

    private BigDecimal defaultMaxCostSharePercent;

    private int reportingPeriodYears;

    private int acceptanceDeadlineDays;

    private int operationGraceDays;

    private String debtorName;

    private String debtorAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_category", joinColumns = @JoinColumn(name = "settings_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private Set<TechnologyCategory> defaultCategories = EnumSet.noneOf(TechnologyCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_criterion", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "position")
    private List<CriterionTemplate> criteriaTemplate = new ArrayList<>();

    @Version
    private long version;

    protected SchemeSettings() {
    }

    public void revise(SchemeTerms terms) {
        InvalidInputException.throwIfAny(terms.violations());
        defaultWithheldPercent = terms.defaultWithheldPercent();
        defaultMaxCostSharePercent = terms.defaultMaxCostSharePercent();
        reportingPeriodYears = terms.reportingPeriodYears();
        acceptanceDeadlineDays = terms.acceptanceDeadlineDays();
        operationGraceDays = terms.operationGraceDays();
        defaultCategories.clear();
        defaultCategories.addAll(terms.defaultCategories());
        criteriaTemplate.clear();
        terms.criteriaTemplate().forEach(c -> criteriaTemplate.add(new CriterionTemplate(c.name().trim(), c.weight())));
        debtorName = terms.debtorName() == null || terms.debtorName().isBlank() ? null : terms.debtorName().trim();
        debtorAccount = terms.debtorAccount() == null || terms.debtorAccount().isBlank() ? null
                : BankAccountNumber.parse(terms.debtorAccount()).value();
    }

    /** The settings as terms, for a form or a comparison. */
    public SchemeTerms terms() {
        return new SchemeTerms(defaultWithheldPercent, defaultMaxCostSharePercent, reportingPeriodYears,
                acceptanceDeadlineDays, operationGraceDays, getDefaultCategories(),
                criteriaTemplate.stream().map(c -> new CallTerms.Criterion(c.getName(), c.getWeight())).toList(),
                debtorName, debtorAccount);
    }

    public BigDecimal getDefaultWithheldPercent() {
        return defaultWithheldPercent;
    }

    public BigDecimal getDefaultMaxCostSharePercent() {
        return defaultMaxCostSharePercent;
    }

    public int getReportingPeriodYears() {
        return reportingPeriodYears;
    }

    public int getAcceptanceDeadlineDays() {
        return acceptanceDeadlineDays;
    }

    public int getOperationGraceDays() {
        return operationGraceDays;
    }

    public Optional<String> getDebtorName() {
        return Optional.ofNullable(debtorName);
    }

    public Optional<BankAccountNumber> getDebtorAccount() {
        return Optional.ofNullable(debtorAccount).map(BankAccountNumber::new);
    }

    public Set<TechnologyCategory> getDefaultCategories() {
        Set<TechnologyCategory> ordered = EnumSet.noneOf(TechnologyCategory.class);
        ordered.addAll(defaultCategories);
        return Collections.unmodifiableSet(ordered);
    }

    public List<CriterionTemplate> getCriteriaTemplate() {
        return Collections.unmodifiableList(criteriaTemplate);
    }

    public long getVersion() {
        return version;
    }
}
