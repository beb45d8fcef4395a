package no.gevinst.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Clocks;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.boundary.MunicipalAccess;
import no.gevinst.security.entity.SignInWay;
import no.gevinst.security.entity.UserAccount;

/**
 * The access administrator's page: who acts for the municipality, and granting (by national identity number or by
 * invitation) and withdrawing their access. The directorate's administrators choose the municipality ({@code ?m=}).
 */
@Named
@ViewScoped
public class AccessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalAccess access;

    @Inject
    Municipalities municipalities;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    private String m;
    private Municipality municipality;
    private boolean directorate;
    private transient List<UserAccount> people;

    private String grantName;
    private String grantEmail;
    private String grantNumber;
    private boolean grantAdministrator;
    private String inviteName;
    private String inviteEmail;
    private boolean inviteAdministrator;
    private String linkToGive;

    public void load() throws IOException {
        var own = access.callersMunicipality();
        directorate = own.isEmpty();
        if (!directorate) {
            municipality = own.get();
        } else if (m != null && !m.isBlank()) {
            municipality = municipalities.find(m.trim()).orElse(null);
            if (municipality == null) {
                FacesMessages.notFound(faces);
            }
        }
    }

    public List<UserAccount> getPeople() {
        if (people == null) {
            people = municipality == null ? List.of() : access.people(municipality.getNumber());
        }
        return people;
    }

    public void grant() {
        if (FacesMessages.attempt(faces, field -> "roles".equals(field) ? null : "grant:" + field, () -> {
            UserAccount granted = access.grant(municipality.getNumber(), new MunicipalAccess.Grant(grantName,
                    grantEmail, grantNumber, roles(grantAdministrator)));
            FacesMessages.info(faces, "access.granted", granted.getFullName());
        })) {
            grantName = null;
            grantEmail = null;
            grantNumber = null;
            grantAdministrator = false;
            people = null;
        }
        // the number typed is never shown again, whether or not the grant held
        grantNumber = null;
    }

    public void invite() {
        if (FacesMessages.attempt(faces, field -> "roles".equals(field) ? null : "invite:" + field, () -> {
            MunicipalAccess.Invited invited = access.invite(municipality.getNumber(), new MunicipalAccess.Grant(
                    inviteName, inviteEmail, null, roles(inviteAdministrator)));
            linkToGive = invited.linkToGive().orElse(null);
            FacesMessages.info(faces, linkToGive == null ? "access.invited" : "access.invitedNoEmail",
                    invited.account().getFullName(), invited.account().getEmail());
        })) {
            inviteName = null;
            inviteEmail = null;
            inviteAdministrator = false;
            people = null;
        }
    }

    public void withdraw(long accountId) {
        if (FacesMessages.attempt(faces, () -> {
            UserAccount withdrawn = access.withdraw(municipality.getNumber(), accountId);
            FacesMessages.info(faces, "access.withdrawn", withdrawn.getFullName());
        })) {
            people = null;
        }
    }

    private static EnumSet<Role> roles(boolean administrator) {
        return administrator ? EnumSet.of(Role.MUNICIPALITY, Role.ACCESS_ADMINISTRATOR) : EnumSet.of(Role.MUNICIPALITY);
    }

    /** How the person signs in and where their access stands, for the list. */
    public String state(UserAccount person) {
        if (!person.isActive()) {
            return message("access.state.withdrawn");
        }
        if (person.isInvitationPending()) {
            Instant expires = person.getInvitationExpiresAt().orElseThrow();
            return message(expires.isAfter(clock.instant()) ? "access.state.invited" : "access.state.invitationExpired",
                    Formats.date(expires.atZone(Clocks.NORWAY)));
        }
        return message(person.getSignIn() == SignInWay.ID_PORTEN ? "access.state.idPorten" : "access.state.password");
    }

    public boolean canWithdraw(UserAccount person) {
        return person.isActive() && person.getSignIn() == SignInWay.ID_PORTEN
                && !person.getUsername().equals(faces.getExternalContext().getRemoteUser())
                && (directorate || !person.getRoles().contains(Role.ACCESS_ADMINISTRATOR));
    }

    private String message(String key, Object... arguments) {
        return no.gevinst.platform.i18n.Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    }

    public List<Municipality> getMunicipalities() {
        return directorate ? municipalities.search(null, null, 0, 500).items() : List.of();
    }

    public boolean isIdPortenConfigured() {
        return access.isIdPortenConfigured();
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public boolean isDirectorate() {
        return directorate;
    }

    public String getM() {
        return m;
    }

    public void setM(String m) {
        this.m = m;
    }

    public String getGrantName() {
        return grantName;
    }

    public void setGrantName(String grantName) {
        this.grantName = grantName;
    }

    public String getGrantEmail() {
        return grantEmail;
    }

    public void setGrantEmail(String grantEmail) {
        this.grantEmail = grantEmail;
    }

    public String getGrantNumber() {
        return grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = grantNumber;
    }

    public boolean isGrantAdministrator() {
        return grantAdministrator;
    }

    public void setGrantAdministrator(boolean grantAdministrator) {
        this.grantAdministrator = grantAdministrator;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public boolean isInviteAdministrator() {
        return inviteAdministrator;
    }

    public void setInviteAdministrator(boolean inviteAdministrator) {
        this.inviteAdministrator = inviteAdministrator;
    }

    public String getLinkToGive() {
        return linkToGive;
    }
}
