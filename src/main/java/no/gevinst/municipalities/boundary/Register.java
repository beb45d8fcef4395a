package no.gevinst.municipalities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.RegisterDiff;
import no.gevinst.municipalities.entity.RegisterFile;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.entity.Role;

/**
 * The administrators' upkeep of the municipality register: contact details, bank accounts and language forms,
 * municipalities that end (merged or split), and a new register file compared with the one in force before it is
 * applied.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Register {

    public static final String ENTITY = "Municipality";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Municipality revise(String number, Long expectedVersion, String contactEmail, String bankAccount,
            LanguageForm languageForm) {
        Municipality municipality = get(number);
        if (expectedVersion != null && municipality.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, municipality.getVersion());
        }
        String before = contact(municipality);
        municipality.reviseContact(contactEmail, bankAccount, languageForm);
        em.flush();
        audit.record(AuditKind.MUNICIPALITY_CHANGED, ENTITY, number, before + " -> " + contact(municipality));
        return municipality;
    }

    /** Ends a municipality that is merged into or split among {@code successorNumbers}, after {@code lastDay}. */
    public Municipality end(String number, LocalDate lastDay, List<String> successorNumbers) {
        Municipality municipality = get(number);
        List<Municipality> successors = new ArrayList<>();
        for (String successor : successorNumbers) {
            Municipality found = em.find(Municipality.class, successor);
            if (found == null) {
                throw new InvalidInputException(List.of(Violation.of("successors",
                        "validation.application.unknownMunicipality", successor)));
            }
            successors.add(found);
        }
        municipality.end(lastDay, successors);
        audit.record(AuditKind.MUNICIPALITY_ENDED, ENTITY, number, "last day " + lastDay + ", successors " + successorNumbers);
        return municipality;
    }

    /** What the file would change in the register in force today; the file's faults refuse it, by line. */
    public RegisterDiff compare(String file) {
        return RegisterDiff.between(inForce(), parsed(file).rows());
    }

    /**
     * Applies a new register from {@code validFrom}: adds the new municipalities from that day, restates those that
     * changed, and ends those no longer in the file the day before. Returns what was changed.
     */
    public RegisterDiff apply(String file, LocalDate validFrom) {
        if (validFrom == null) {
            throw new InvalidInputException(List.of(Violation.of("validFrom", "validation.required")));
        }
        RegisterFile register = parsed(file);
        RegisterDiff diff = RegisterDiff.between(inForce(), register.rows());
        for (RegisterFile.Row row : diff.added()) {
            em.persist(new Municipality(row.number(), row.name(), row.officialName(), county(row),
                    row.organisationNumber(), row.population(), row.languageForm(), validFrom));
            audit.record(AuditKind.MUNICIPALITY_ADDED, ENTITY, row.number(), row.name() + " from " + validFrom);
        }
        for (RegisterDiff.Change change : diff.changed()) {
            RegisterFile.Row row = change.after();
            get(row.number()).restate(row.name(), row.officialName(), county(row), row.organisationNumber(),
                    row.population());
            audit.record(AuditKind.MUNICIPALITY_RESTATED, ENTITY, row.number(), change.before().name() + " ("
                    + change.before().countyNumber() + ") -> " + row.name() + " (" + row.countyNumber() + ")");
        }
        for (RegisterDiff.Current removed : diff.removed()) {
            get(removed.number()).end(validFrom.minusDays(1), List.of());
            audit.record(AuditKind.MUNICIPALITY_ENDED, ENTITY, removed.number(), "not in the register from " + validFrom);
        }
        audit.record(AuditKind.REGISTER_APPLIED, ENTITY, null, "from " + validFrom + ": " + diff.added().size() + " added, "
                + diff.changed().size() + " changed, " + diff.removed().size() + " ended");
        return diff;
    }

    private RegisterFile parsed(String file) {
        RegisterFile register = RegisterFile.parse(file == null ? "" : file);
        InvalidInputException.throwIfAny(register.violations());
        return register;
    }

    private List<RegisterDiff.Current> inForce() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select m from Municipality m order by m.number", Municipality.class).getResultList()
                .stream().filter(m -> m.isInForceOn(today) || m.getValidFrom().filter(today::isBefore).isPresent())
                .map(m -> new RegisterDiff.Current(m.getNumber(), m.getName(), m.getCounty().getNumber(),
                        m.getOrganisationNumber().map(Object::toString).orElse(null)))
                .toList();
    }

    private County county(RegisterFile.Row row) {
        County county = em.find(County.class, row.countyNumber());
        if (county == null) {
            county = new County(row.countyNumber(), row.countyName());
            em.persist(county);
        }
        return county;
    }

    private Municipality get(String number) {
        return java.util.Optional.ofNullable(number == null ? null : em.find(Municipality.class, number))
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + number));
    }

    private static String contact(Municipality municipality) {
        return "email " + municipality.getContactEmail().orElse("-") + ", account "
                + municipality.getBankAccount().map(Object::toString).orElse("-") + ", " + municipality.getLanguageForm();
    }
}
