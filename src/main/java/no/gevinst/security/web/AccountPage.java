package no.gevinst.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import no.gevinst.platform.i18n.Language;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.boundary.Users;
import no.gevinst.security.entity.PasswordPolicy;
import no.gevinst.security.entity.UserAccount;

/** The user's own account: their password (a temporary one must be changed first) and their language. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String preferredLanguage;
    private boolean loaded;

    public void load() {
        if (!loaded) {
            loaded = true;
            preferredLanguage = users.me().getPreferredLanguage().orElse("");
        }
    }

    public UserAccount getAccount() {
        return users.me();
    }

    public String changePassword() {
        boolean wasTemporary = users.me().isMustChangePassword();
        try {
            if (!FacesMessages.attempt(faces, field -> "password:" + field,
                    () -> users.changeOwnPassword(currentPassword, newPassword, repeatPassword))) {
                return null;
            }
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
        FacesMessages.infoAfterRedirect(faces, "account.passwordChanged");
        return wasTemporary ? users.me().startPage() + "?faces-redirect=true" : "/account?faces-redirect=true";
    }

    public String saveLanguage() {
        String tag = preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage;
        if (!FacesMessages.attempt(faces, field -> "language:" + field, () -> users.chooseOwnLanguage(tag))) {
            return null;
        }
        if (tag != null) {
            var external = faces.getExternalContext();
            Language.remember((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    Languages.fromTag(tag).orElseThrow());
        }
        FacesMessages.infoAfterRedirect(faces, "account.languageSaved");
        return "/account?faces-redirect=true";
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
