package no.gevinst.municipalities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** A municipality (kommune): the applicant and the receiver of grant payments. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(name = "number", length = 4)
    private String number;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "official_name", nullable = false)
    private String officialName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_number")
    private County county;

    @Column(name = "organisation_number", length = 9)
    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_form", nullable = false)
    private LanguageForm languageForm;

    @Column(name = "population")
    private Integer population;

    @Version
    private long version;

    protected Municipality() {
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

    public Integer getPopulation() {
        return population;
    }

    public long getVersion() {
        return version;
    }
}
