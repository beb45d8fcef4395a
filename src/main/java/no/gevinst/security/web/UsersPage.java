package no.gevinst.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import no.gevinst.platform.entity.Page;
import no.gevinst.security.boundary.Users;
import no.gevinst.security.entity.UserAccount;

/** The administrator's list of users, searched by name, username or email ({@code ?q=}). */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Clock clock;

    private String q;
    private transient Page<UserAccount> found;

    public List<UserAccount> getUsers() {
        if (found == null) {
            found = users.search(q, null, null, 0, 500);
        }
        return found.items();
    }

    public long getTotal() {
        getUsers();
        return found.total();
    }

    public boolean isLocked(UserAccount account) {
        return account.getLockout().isLockedAt(clock.instant());
    }

    public String search() {
        return "/admin/users?faces-redirect=true&includeViewParams=true";
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
