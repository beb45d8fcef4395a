package no.gevinst.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import no.gevinst.municipalities.entity.Municipality;

/** A person who logs in, with one role; a municipality user is bound to one municipality. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "select count(u) from UserAccount u where u.role = :role")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    public static final String COUNT_BY_ROLE = "UserAccount.countByRole";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_number")
    private Municipality municipality;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Demo accounts share a published password and are refused whenever demo data is switched off. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, Role role, Municipality municipality,
            String passwordHash, boolean demo) {
        Objects.requireNonNull(role, "role");
        if ((role == Role.MUNICIPALITY) != (municipality != null)) {
            throw new IllegalArgumentException("A municipality user, and only a municipality user, belongs to a municipality");
        }
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.email = email;
        this.role = role;
        this.municipality = municipality;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.demo = demo;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login. Reaching the policy's limit locks the account and starts a new count.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        failedLogins++;
        if (failedLogins >= policy.maxFailedLogins()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        if (failedLogins != 0) {
            failedLogins = 0;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Optional<Municipality> getMunicipality() {
        return Optional.ofNullable(municipality);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isActive() {
        return active;
    }
}
