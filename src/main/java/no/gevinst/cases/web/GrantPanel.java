package no.gevinst.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.platform.web.FacesMessages;

/**
 * The grant's part of the application page: the verification of milestone reports, the confirmation of the operation
 * report, measurements, decision points and cancellation (the municipality reports on {@link ReportPage}). What the user
 * types is kept per milestone until it is saved.
 */
@Named
@ViewScoped
public class GrantPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A report or a reason, as typed. */
    public static class Entry implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private String text;
        private java.math.BigDecimal value;

        public java.math.BigDecimal getValue() {
            return value;
        }

        public void setValue(java.math.BigDecimal value) {
            this.value = value;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    Grants grants;

    @Inject
    no.gevinst.benefits.boundary.Benefits benefits;

    @Inject
    FacesContext faces;

    @Inject
    no.gevinst.cases.web.ApplicationPage applicationPage;

    private final Map<Long, Entry> milestones = new HashMap<>();
    private final Map<Long, Entry> gates = new HashMap<>();
    private final Map<Long, Entry> measurements = new HashMap<>();
    private final Map<Long, Entry> laterMeasurements = new HashMap<>();
    private final Entry cancellation = new Entry();

    /** The municipality's account in the register, which every payment of the grant goes to (none: none approved). */
    public Optional<BankAccountNumber> getRegisterAccount() {
        return applicationPage.getApplication().getMunicipality().getBankAccount();
    }

    /**
     * Whether the account the application gives is not the register's: the readers are told that the register's is
     * paid, and that only the directorate's administrator changes it.
     */
    public boolean isAccountToConfirm() {
        return getRegisterAccount().isEmpty()
                || !getRegisterAccount().equals(applicationPage.getApplication().getBankAccount());
    }

    /** The entry of a milestone's report or send-back reason. */
    public Entry milestone(long milestoneId) {
        return milestones.computeIfAbsent(milestoneId, key -> new Entry());
    }

    public String verify(long applicationId, long milestoneId) {
        return act(applicationId, "milestone.verified", () -> grants.verifyMilestone(applicationId, milestoneId));
    }

    public String sendBack(long applicationId, long milestoneId) {
        Entry entry = milestone(milestoneId);
        return act(applicationId, "milestone.sentBack",
                () -> grants.sendBackMilestone(applicationId, milestoneId, entry.getText()));
    }

    public String confirmOperation(long applicationId) {
        return act(applicationId, "operation.confirmed", () -> grants.confirmOperation(applicationId));
    }

    /** A later measurement of a benefit target, as typed on the page. */
    public Entry measurement(long benefitTargetId) {
        return laterMeasurements.computeIfAbsent(benefitTargetId, key -> new Entry());
    }

    public String measure(long applicationId, long benefitTargetId) {
        Entry entry = measurement(benefitTargetId);
        return act(applicationId, "measurement.reported", () -> benefits.report(applicationId, benefitTargetId,
                new no.gevinst.benefits.entity.Measurement.Report(entry.getDate(), entry.getValue(), entry.getText(),
                        null)));
    }

    public String close(long applicationId) {
        return act(applicationId, "grant.closed", () -> benefits.close(applicationId));
    }

    /** The justification or reason typed at a decision point. */
    public Entry gate(long milestoneId) {
        return gates.computeIfAbsent(milestoneId, key -> new Entry());
    }

    public String goOn(long applicationId, long milestoneId) {
        return act(applicationId, "decisionPoint.wentOn",
                () -> grants.goOn(applicationId, milestoneId, gate(milestoneId).getText()));
    }

    public String stop(long applicationId, long milestoneId) {
        return act(applicationId, "decisionPoint.stopped",
                () -> grants.stop(applicationId, milestoneId, gate(milestoneId).getText()));
    }

    public String cancel(long applicationId) {
        return act(applicationId, "grant.cancelled", () -> grants.cancel(applicationId, cancellation.getText()));
    }

    private String act(long applicationId, String doneKey, Runnable act) {
        if (FacesMessages.attempt(faces, act)) {
            FacesMessages.infoAfterRedirect(faces, doneKey);
            return "/application?faces-redirect=true&id=" + applicationId;
        }
        return null;
    }

    public Entry getCancellation() {
        return cancellation;
    }
}
