package no.gevinst.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.web.FacesMessages;
import no.gevinst.security.boundary.Users;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.entity.UserAccount;
import no.gevinst.security.entity.UserProfile;

/** The administrator's form for a new user or a change to one ({@code ?id=}), with the account's acts. */
@Named
@ViewScoped
public class UserEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Municipalities municipalities;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Long id;
    private long version;
    private boolean loaded;
    private String username;
    private String fullName;
    private String email;
    private String preferredLanguage;
    private List<String> roles = new ArrayList<>();
    private String municipality;
    private boolean active = true;
    private boolean locked;
    private boolean mustChangePassword;
    /** Shown once, after the user was created or their password reset. */
    private String temporaryPassword;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            UserAccount account = users.find(id).orElse(null);
            if (account == null) {
                FacesMessages.notFound(faces);
                return;
            }
            show(account);
        }
    }

    private void show(UserAccount account) {
        id = account.getId();
        version = account.getVersion();
        username = account.getUsername();
        fullName = account.getFullName();
        email = account.getEmail();
        preferredLanguage = account.getPreferredLanguage().orElse("");
        roles = account.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        municipality = account.getMunicipality().map(Municipality::getNumber).orElse("");
        active = account.isActive();
        locked = account.getLockout().isLockedAt(clock.instant());
        mustChangePassword = account.isMustChangePassword();
    }

    public String save() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(role -> chosen.add(Role.valueOf(role)));
        UserProfile profile = new UserProfile(username, fullName, email, preferredLanguage, chosen, municipality);
        FacesMessages.attempt(faces, field -> "user:" + field, () -> {
            if (id == null) {
                Users.Created created = users.create(profile);
                show(created.account());
                temporaryPassword = created.temporaryPassword();
                FacesMessages.info(faces, "user.created", username);
            } else {
                show(users.revise(id, version, profile));
                FacesMessages.info(faces, "user.saved", username);
            }
        });
        return null;
    }

    public void deactivate() {
        act(() -> show(users.deactivate(id)), "user.deactivated");
    }

    public void reactivate() {
        act(() -> show(users.reactivate(id)), "user.reactivated");
    }

    public void unlock() {
        act(() -> show(users.unlock(id)), "user.unlocked");
    }

    public void resetPassword() {
        act(() -> {
            Users.Created reset = users.resetPassword(id);
            show(reset.account());
            temporaryPassword = reset.temporaryPassword();
        }, "user.passwordReset");
    }

    private void act(Runnable act, String doneKey) {
        if (FacesMessages.attempt(faces, act)) {
            FacesMessages.info(faces, doneKey, username);
        }
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<Municipality> getMunicipalities() {
        return municipalities.search(null, null, 0, 500).items();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
