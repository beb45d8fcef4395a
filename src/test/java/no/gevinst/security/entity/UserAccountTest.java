package no.gevinst.security.entity;

import no.gevinst.platform.entity.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final LockoutPolicy FIVE_FOR_FIFTEEN = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static UserAccount caseHandler() {
        return new UserAccount("saksbehandler", "Test Testesen", null, Set.of(Role.CASE_HANDLER), null, "hash", false);
    }

    @Test
    void theFifthFailedLoginInARowLocksTheAccountForTheConfiguredTime() {
        UserAccount account = caseHandler();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertFalse(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN), "attempt " + attempt);
            assertFalse(account.getLockout().isLockedAt(NOW));
        }
        assertTrue(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN));
        assertTrue(account.getLockout().isLockedAt(NOW));
        assertTrue(account.getLockout().isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.getLockout().isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount account = caseHandler();
        for (int attempt = 1; attempt <= 4; attempt++) {
            account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN);
        }
        account.recordSuccessfulLogin();
        assertEquals(0, account.getLockout().failedLogins());
        assertFalse(account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN));
    }

    private static Set<String> fields(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }

    @Test
    void aMunicipalityUserActsForAMunicipalityAndOnlyThey() {
        var withoutMunicipality = assertThrows(InvalidInputException.class,
                () -> new UserAccount("kommune", "K", null, Set.of(Role.MUNICIPALITY), null, "hash", false));
        assertEquals(Set.of("municipality"), fields(withoutMunicipality));
        var caseHandlerWithMunicipality = new UserProfile("saksbehandler", "T", null, null, Set.of(Role.CASE_HANDLER), "3301");
        assertEquals(List.of("validation.user.municipalityOnlyForMunicipality"),
                caseHandlerWithMunicipality.violations().stream().map(Violation::messageKey).toList());
    }

    @Test
    void aMunicipalityUserHoldsNoDirectorateRoleButADirectorateUserMayHoldSeveral() {
        for (Role directorate : new Role[] {Role.CASE_HANDLER, Role.APPROVER, Role.MANAGEMENT, Role.ADMIN}) {
            var profile = new UserProfile("blandet", "B", null, null, Set.of(Role.MUNICIPALITY, directorate), "3301");
            assertTrue(profile.violations().stream().anyMatch(v -> v.messageKey().equals("validation.user.municipalityWithDirectorate")),
                    directorate.name());
        }
        UserAccount account = caseHandler();
        account.revise(new UserProfile("saksbehandler", "T", null, null, Set.of(Role.CASE_HANDLER, Role.ADMIN), null), null);
        assertEquals(Set.of("CASE_HANDLER", "ADMIN"), account.groups());
        assertEquals("/casework/index.xhtml", account.startPage());
        var none = new UserProfile("ingen", "I", null, null, Set.of(), null);
        assertEquals(List.of("validation.user.noRole"), none.violations().stream().map(Violation::messageKey).toList());
    }

    @Test
    void aTemporaryPasswordMustBeChangedAndResettingItAlsoUnlocks() {
        UserAccount account = UserAccount.created(
                new UserProfile("ny.bruker", "Ny Bruker", "ny@example.no", "nn", Set.of(Role.MANAGEMENT), null), null, "temp");
        assertTrue(account.isMustChangePassword());
        account.changePassword("own");
        assertFalse(account.isMustChangePassword());
        for (int attempt = 1; attempt <= 5; attempt++) {
            account.recordFailedLogin(NOW, FIVE_FOR_FIFTEEN);
        }
        assertTrue(account.getLockout().isLockedAt(NOW));
        account.resetPassword("temp2");
        assertFalse(account.getLockout().isLockedAt(NOW));
        assertTrue(account.isMustChangePassword());
    }

    @Test
    void anApproverIsAlsoACaseHandler() {
        assertEquals(Set.of("APPROVER", "CASE_HANDLER"), Role.APPROVER.groups());
        assertEquals(Set.of("MANAGEMENT"), Role.MANAGEMENT.groups());
    }

    @Test
    void aProvidersAccountHasNoPasswordHereAndTheRolesTheProviderSaysNow() {
        UserAccount staff = UserAccount.signedInThrough(SignInWay.STAFF_PROVIDER, "sub-1", "kari@dir.test", "Kari",
                "kari@dir.test", Set.of(Role.APPROVER));
        assertFalse(staff.usesPassword());
        assertEquals(Set.of("APPROVER", "CASE_HANDLER"), staff.groups());
        assertThrows(no.gevinst.platform.entity.DomainException.class, () -> staff.resetPassword("hash"));
        assertThrows(no.gevinst.platform.entity.DomainException.class, () -> staff.changePassword("hash"));

        assertFalse(staff.restateFromProvider("Kari", "kari@dir.test", Set.of(Role.APPROVER)), "nothing new");
        assertTrue(staff.restateFromProvider("Kari Nordmann", "kari@dir.test", Set.of(Role.CASE_HANDLER)));
        assertEquals(Set.of(Role.CASE_HANDLER), staff.getRoles());
        assertTrue(staff.restateFromProvider("Kari Nordmann", "kari@dir.test", Set.of()), "no group any more");
        assertTrue(staff.groups().isEmpty(), "no role, no access");
        assertThrows(IllegalStateException.class, () -> caseHandler().restateFromProvider("X", null, Set.of()),
                "a local account's roles are the administrators' to give");
    }

    private static final no.gevinst.municipalities.entity.Municipality DRAMMEN = new no.gevinst.municipalities.entity
            .Municipality("3301", "Drammen", "Drammen", new no.gevinst.municipalities.entity.County("33", "Buskerud"),
            null, null, null, java.time.LocalDate.of(2024, 1, 1));

    @Test
    void anAccessAdministratorIsAMunicipalityUserAndNeverADirectoratesToo() {
        assertEquals(List.of(), new UserProfile("tilgang", "Siri", null, null,
                Set.of(Role.ACCESS_ADMINISTRATOR, Role.MUNICIPALITY), "3301").violations());
        assertEquals(List.of("validation.user.municipalityWithDirectorate"), new UserProfile("tilgang", "Siri", null,
                null, Set.of(Role.ACCESS_ADMINISTRATOR, Role.ADMIN), "3301").violations().stream()
                .map(Violation::messageKey).toList());
        assertEquals(List.of("validation.user.municipalityRequired"), new UserProfile("tilgang", "Siri", null, null,
                Set.of(Role.ACCESS_ADMINISTRATOR), null).violations().stream().map(Violation::messageKey).toList());
        assertEquals(Role.ACCESS_ADMINISTRATOR, Role.foremost(Set.of(Role.ACCESS_ADMINISTRATOR)));
        assertEquals(Role.MUNICIPALITY, Role.foremost(Set.of(Role.ACCESS_ADMINISTRATOR, Role.MUNICIPALITY)),
                "one who also applies lands where the applications are");
    }

    @Test
    void anInvitationIsTakenOnceBeforeItExpiresAndBindsTheAccountToThePersonsNumber() {
        UserAccount invited = UserAccount.invitedThroughIdPorten("eva.3301", "Eva", "eva@drammen.example",
                Set.of(Role.MUNICIPALITY), DRAMMEN, "code-hash", NOW.plus(Duration.ofDays(14)));
        assertTrue(invited.isInvitationPending());
        assertFalse(invited.usesPassword());
        assertFalse(invited.takeInvitation("pid-hash", NOW.plus(Duration.ofDays(14))), "expired at the instant");
        assertTrue(invited.isInvitationPending(), "an expired invitation changes nothing");
        assertTrue(invited.takeInvitation("pid-hash", NOW.plus(Duration.ofDays(13))));
        assertFalse(invited.isInvitationPending());
        assertTrue(invited.getInvitationExpiresAt().isEmpty());
        assertThrows(IllegalStateException.class, () -> invited.takeInvitation("other-hash", NOW), "taken once");
    }

    @Test
    void withdrawnAccessEndsTheAccountAndAGrantAgainRestoresIt() {
        UserAccount granted = UserAccount.grantedThroughIdPorten("per.3301", "Per", null, Set.of(Role.MUNICIPALITY),
                DRAMMEN, "pid-hash");
        granted.withdrawAccess();
        assertFalse(granted.isActive());
        granted.grantAgain("Per Olsen", "per@drammen.example", Set.of(Role.MUNICIPALITY, Role.ACCESS_ADMINISTRATOR),
                DRAMMEN, null, null);
        assertTrue(granted.isActive());
        assertEquals(Set.of(Role.MUNICIPALITY, Role.ACCESS_ADMINISTRATOR), granted.getRoles());
        assertEquals("Per Olsen", granted.getFullName());
        assertThrows(IllegalArgumentException.class, () -> UserAccount.grantedThroughIdPorten("x.3301", "X", null,
                Set.of(Role.CASE_HANDLER), DRAMMEN, "hash"), "ID-porten grants a municipality's roles only");
        assertThrows(IllegalStateException.class, () -> caseHandler().withdrawAccess(),
                "a password account is the administrators' to deactivate");

        UserAccount neverTaken = UserAccount.invitedThroughIdPorten("eva.3301", "Eva", "eva@drammen.example",
                Set.of(Role.MUNICIPALITY), DRAMMEN, "code-hash", NOW.plus(Duration.ofDays(14)));
        neverTaken.withdrawAccess();
        assertFalse(neverTaken.isInvitationPending(), "the link no longer works");
        assertThrows(no.gevinst.platform.entity.DomainException.class, neverTaken::reactivate,
                "bound to nobody: nobody to let in again");
    }
}
