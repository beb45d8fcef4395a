package no.gevinst.municipalities.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.EmailAddress;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Languages;

/**
 * A municipality (kommune): the applicant and the receiver of grant payments. A municipality is never deleted:
 * when it is merged or split it ends, naming its successors, so that what refers to it stays true.
 */
@Entity
@Table(name = "municipality")
public class Municipality implements Serializable {

    private static final long serialVersionUID = 1L;


    @Id
    @Column(name = "number", length = 4)
    private String number;

    private String name;

    private String officialName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_number")
    private County county;

    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    private LanguageForm languageForm;

    private Integer population;

    private String contactEmail;

    private String bankAccount;

    /** The first day the municipality exists; null for those of the 2024 register. */
    private LocalDate validFrom;

    /** The last day the municipality exists; null while it does. */
    private LocalDate validTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "municipality_successor", joinColumns = @JoinColumn(name = "municipality_number"))
    @Column(name = "successor_number", length = 4)
    @OrderColumn(name = "position")
    private List<String> successors = new ArrayList<>();

    @Version
    private long version;

    protected Municipality() {
    }

    /** A municipality a new register adds, from the day it comes into being. */
    public Municipality(String number, String name, String officialName, County county, String organisationNumber,
            Integer population, LanguageForm languageForm, LocalDate validFrom) {
        this.number = number;
        this.county = county;
        restate(name, officialName, county, organisationNumber, population);
        this.languageForm = languageForm;
        this.validFrom = validFrom;
    }

    /** What a new register says about the municipality: its name, county, organisation number and population. */
    public void restate(String newName, String newOfficialName, County newCounty, String newOrganisationNumber,
            Integer newPopulation) {
        this.name = newName;
        this.officialName = newOfficialName;
        this.county = newCounty;
        this.organisationNumber = newOrganisationNumber;
        this.population = newPopulation;
    }

    /** The details the directorate keeps: where to write, where to pay and in which language form. */
    public void reviseContact(String newContactEmail, String newBankAccount, LanguageForm newLanguageForm) {
        List<Violation> violations = new ArrayList<>();
        String email = blankToNull(newContactEmail);
        if (email != null && !EmailAddress.isValid(email)) {
            violations.add(Violation.of("contactEmail", "validation.email"));
        }
        String account = blankToNull(newBankAccount);
        if (account != null && !BankAccountNumber.isValid(account)) {
            violations.add(Violation.of("bankAccount", "validation.bankAccount"));
        }
        if (newLanguageForm == null) {
            violations.add(Violation.of("languageForm", "validation.required"));
        }
        InvalidInputException.throwIfAny(violations);
        this.contactEmail = email;
        this.bankAccount = account == null ? null : BankAccountNumber.parse(account).value();
        this.languageForm = newLanguageForm;
    }

    /** The municipality is merged into or split among its successors; {@code lastDay} is its last day. */
    public void end(LocalDate lastDay, List<Municipality> newSuccessors) {
        if (validTo != null) {
            throw new DomainException("municipality.alreadyEnded", validTo);
        }
        if (lastDay == null) {
            throw new InvalidInputException(List.of(Violation.of("lastDay", "validation.required")));
        }
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw new InvalidInputException(List.of(Violation.of("lastDay", "validation.municipality.endBeforeStart")));
        }
        if (newSuccessors.stream().anyMatch(s -> s.number.equals(number))) {
            throw new InvalidInputException(List.of(Violation.of("successors", "validation.municipality.ownSuccessor")));
        }
        this.validTo = lastDay;
        this.successors.clear();
        newSuccessors.forEach(successor -> successors.add(successor.number));
    }

    public boolean isInForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getOfficialName() {
        return officialName;
    }

    public County getCounty() {
        return county;
    }

    public Optional<OrganisationNumber> getOrganisationNumber() {
        return Optional.ofNullable(organisationNumber).map(OrganisationNumber::new);
    }

    public LanguageForm getLanguageForm() {
        return languageForm;
    }

    /**
     * The language the directorate writes to the municipality in: public bodies write Nynorsk to a Nynorsk
     * municipality and Bokmål to everyone else ("Nøytral" included).
     */
    public Locale writtenLanguage() {
        return languageForm == LanguageForm.NYNORSK ? Languages.NYNORSK : Languages.BOKMAAL;
    }

    public Integer getPopulation() {
        return population;
    }

    public Optional<String> getContactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public Optional<BankAccountNumber> getBankAccount() {
        return Optional.ofNullable(bankAccount).map(BankAccountNumber::new);
    }

    public Optional<LocalDate> getValidFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> getValidTo() {
        return Optional.ofNullable(validTo);
    }

    public List<String> getSuccessors() {
        return Collections.unmodifiableList(successors);
    }

    public long getVersion() {
        return version;
    }
}
