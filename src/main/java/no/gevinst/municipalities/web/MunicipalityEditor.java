package no.gevinst.municipalities.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.boundary.Register;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.web.FacesMessages;

/** The administrator's page for one municipality ({@code ?number=}): contact details, and ending it. */
@Named
@ViewScoped
public class MunicipalityEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Municipalities municipalities;

    @Inject
    Register register;

    @Inject
    FacesContext faces;

    private String number;
    private long version;
    private boolean loaded;
    private String contactEmail;
    private String bankAccount;
    private LanguageForm languageForm;
    private LocalDate lastDay;
    private List<String> successors = new ArrayList<>();

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Municipality municipality = number == null ? null : municipalities.find(number).orElse(null);
        if (municipality == null) {
            FacesMessages.notFound(faces);
            return;
        }
        show(municipality);
    }

    private void show(Municipality municipality) {
        version = municipality.getVersion();
        contactEmail = municipality.getContactEmail().orElse(null);
        bankAccount = municipality.getBankAccount().map(a -> a.formatted()).orElse(null);
        languageForm = municipality.getLanguageForm();
    }

    public Municipality getMunicipality() {
        return municipalities.find(number).orElse(null);
    }

    public void save() {
        if (FacesMessages.attempt(faces, field -> "municipality:" + field,
                () -> show(register.revise(number, version, contactEmail, bankAccount, languageForm)))) {
            FacesMessages.info(faces, "municipality.saved", getMunicipality().getName());
        }
    }

    public void end() {
        if (FacesMessages.attempt(faces, field -> "ending:" + field,
                () -> show(register.end(number, lastDay, successors)))) {
            FacesMessages.info(faces, "municipality.ended", getMunicipality().getName());
        }
    }

    public List<Municipality> getSuccessorChoices() {
        return municipalities.search(null, null, true, 0, 1000).items().stream()
                .filter(m -> !m.getNumber().equals(number)).toList();
    }

    public List<LanguageForm> getLanguageForms() {
        return List.of(LanguageForm.values());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public LanguageForm getLanguageForm() {
        return languageForm;
    }

    public void setLanguageForm(LanguageForm languageForm) {
        this.languageForm = languageForm;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<String> getSuccessors() {
        return successors;
    }

    public void setSuccessors(List<String> successors) {
        this.successors = successors;
    }
}
