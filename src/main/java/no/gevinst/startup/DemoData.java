package no.gevinst.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.EnumSet;
import java.util.List;
import no.gevinst.applications.control.ReferenceNumbers;
import no.gevinst.applications.control.Submissions;
import no.gevinst.applications.entity.Application;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.Call;
import no.gevinst.calls.entity.CallTerms;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.calls.entity.SchemeTerms;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Money;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.security.control.SecuritySettings;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database at startup: with demo users, an open call and three applications when demo data is on, or else with the
 * first administrator when a bootstrap password is configured. Never touches a database that has users.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The one published password of every demo user; refused at login whenever demo data is off. */
    public static final String DEMO_PASSWORD = "gevinst-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseMigration migration;

    @Inject
    SecuritySettings settings;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ReferenceNumbers references;

    @Inject
    Submissions submissions;

    @Inject
    @ConfigProperty(name = "gevinst.bootstrap.admin-password")
    Optional<String> bootstrapAdminPassword;

    @PostConstruct
    void fillEmptyDatabase() {
        if (!migration.isMigrated()) {
            return;
        }
        long users = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (settings.demoEnabled()) {
            loadDemo();
        } else if (bootstrapAdminPassword.filter(password -> !password.isBlank()).isPresent()) {
            em.persist(new UserAccount("admin", "Administrator", null, Set.of(Role.ADMIN), null,
                    passwords.hash(bootstrapAdminPassword.get().toCharArray()), false));
            audit.recordFor("system", AuditKind.BOOTSTRAP_ADMIN_CREATED, "UserAccount", "admin", null);
            LOG.info("Created the first administrator 'admin' from gevinst.bootstrap.admin-password");
        } else {
            LOG.warning("The database has no users and demo data is off. Set GEVINST_BOOTSTRAP_ADMIN_PASSWORD"
                    + " once to create the first administrator.");
        }
    }

    private void loadDemo() {
        LocalDate today = LocalDate.now(clock);
        Call call = null;
        if (em.createNamedQuery(Call.COUNT, Long.class).getSingleResult() == 0) {
            // Open today whenever the demo starts: it closes mid-December, or in two weeks if that is later.
            LocalDate midDecember = LocalDate.of(today.getYear(), 12, 15);
            LocalDate closes = today.plusDays(14).isAfter(midDecember) ? today.plusDays(14) : midDecember;
            call = new Call(new CallTerms(today.getYear(),
                    "Tilskudd til helseteknologi i kommunene " + today.getYear(), today.minusDays(30), closes,
                    Money.kroner(300_000_000), BigDecimal.valueOf(20), BigDecimal.valueOf(50), 3, "kap. 761 post 65",
                    false, EnumSet.allOf(TechnologyCategory.class), List.of(
                            new CallTerms.Criterion("Forventede gevinster for innbyggere og tjenester", 40),
                            new CallTerms.Criterion("Gjennomførbarhet og modenhet", 30),
                            new CallTerms.Criterion("Samarbeid og overføringsverdi", 30))));
            em.persist(call);
        }
        Municipality drammen = em.find(Municipality.class, "3301");
        Municipality voss = em.find(Municipality.class, "4621");
        // One hash for all: the password is the same and published, and each PBKDF2 hash costs a noticeable part of
        // a second of the start.
        String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
        user("kommune.drammen", "Kari Nordmann", "kari.nordmann@drammen.example", Role.MUNICIPALITY, drammen, hash);
        user("kommune.drammen2", "Ola Hansen", "ola.hansen@drammen.example", Role.MUNICIPALITY, drammen, hash);
        user("tilgang.drammen", "Siri Moen", "siri.moen@drammen.example", Role.ACCESS_ADMINISTRATOR, drammen, hash);
        user("kommune.voss", "Synnøve Lid", "synnove.lid@voss.example", Role.MUNICIPALITY, voss, hash);
        user("saksbehandler1", "Ingrid Berg", "ingrid.berg@direktoratet.example", Role.CASE_HANDLER, null, hash);
        user("saksbehandler2", "Lars Dahl", "lars.dahl@direktoratet.example", Role.CASE_HANDLER, null, hash);
        user("godkjenner1", "Marte Lunde", "marte.lunde@direktoratet.example", Role.APPROVER, null, hash);
        user("godkjenner2", "Per Solberg", "per.solberg@direktoratet.example", Role.APPROVER, null, hash);
        user("ledelse", "Hanne Strand", "hanne.strand@direktoratet.example", Role.MANAGEMENT, null, hash);
        user("admin", "Tor Aas", "tor.aas@direktoratet.example", Role.ADMIN, null, hash);
        if (call != null) {
            applications(call, drammen, voss, today);
        }
        payFromTheDemoAccount();
        payToTheDemoAccounts(drammen, voss, em.find(Municipality.class, "4601"));
        audit.recordFor("system", AuditKind.DEMO_DATA_LOADED, null, null, "demo users, register accounts of Drammen, Voss and"
                + " Bergen, and the open call of " + today.getYear());
        LOG.info("Loaded demo data: demo users (password '" + DEMO_PASSWORD + "'), an open call and three applications");
    }

    /** A joint application from Voss, submitted, and a draft Drammen has begun, so the lists have something. */
    private void applications(Call call, Municipality drammen, Municipality voss, LocalDate today) {
        int year = today.getYear() + 1;
        Application joint = new Application(call, voss, "kommune.voss", clock.instant(), today);
        joint.revise(new ApplicationContent("Digital heimeoppfølging for heimebuande med kols",
                TechnologyCategory.DIGITAL_HOME_FOLLOW_UP,
                "Voss, Ulvik og Kvam tek i bruk digital heimeoppfølging for innbyggjarar med kols.",
                "Pasientane måler sjølve puls, oksygenmetting og symptom heime; sjukepleiarar følgjer med frå ei"
                        + " felles oppfølgingsteneste og ringjer ut når målingane tilseier det.",
                List.of("4620", "4622"), "Synnøve Lid", "synnove.lid@voss.example", "+47 56 51 94 00", "86011117947",
                Money.kroner(3_200_000), Money.kroner(1_700_000), Money.kroner(1_500_000),
                LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 1),
                List.of(new Instalment("Avtale med leverandør og opplæring", LocalDate.of(year, 4, 1),
                                Money.kroner(600_000)),
                        new Instalment("Første 50 pasientar i oppfølging", LocalDate.of(year, 9, 1),
                                Money.kroner(900_000))),
                List.of(new ApplicationContent.Target("Innleggingar for kols-forverring per år",
                        BenefitKind.QUALITY, "innleggingar per år", BigDecimal.valueOf(48),
                        LocalDate.of(year - 1, 12, 31), BigDecimal.valueOf(30),
                        LocalDate.of(year + 2, 12, 31), "Kommunalsjef helse og omsorg"))),
                number -> em.find(Municipality.class, number));
        em.persist(joint);
        joint.submit(() -> references.next(call.getBudgetYear()), clock.instant(), today);
        em.flush();
        submissions.record(joint, "kommune.voss");
        audit.recordFor("kommune.voss", AuditKind.APPLICATION_SUBMITTED, "Application", String.valueOf(joint.getId()),
                joint.getReference());

        recommendedFromBergen(call, today, year);

        Application draft = new Application(call, drammen, "kommune.drammen", clock.instant(), today);
        draft.revise(new ApplicationContent("Velferdsteknologi i hjemmetjenesten", TechnologyCategory.WELFARE_TECHNOLOGY,
                "Digitalt tilsyn og medisindispensere for hjemmeboende.", null, List.of(), "Kari Nordmann",
                "kari.nordmann@drammen.example", null, null, null, null, null, null, null, List.of(), List.of()),
                number -> em.find(Municipality.class, number));
        em.persist(draft);
    }

    /** The demo pays from a test account (a valid MOD11 number from the shared examples), so batches can be exported. */
    private void payFromTheDemoAccount() {
        SchemeSettings settings = em.find(SchemeSettings.class, SchemeSettings.ID);
        if (settings.getDebtorAccount().isEmpty()) {
            SchemeTerms terms = settings.terms();
            settings.revise(new SchemeTerms(terms.defaultWithheldPercent(), terms.defaultMaxCostSharePercent(),
                    terms.reportingPeriodYears(), terms.acceptanceDeadlineDays(), terms.operationGraceDays(),
                    terms.defaultCategories(), terms.criteriaTemplate(), "Helsedirektoratet (demo)", "99990000006"));
        }
    }

    /**
     * The municipalities the demo pays have the account their applications give in the register (a valid MOD11
     * number from the shared examples): payments go to the register's account, never to an application's.
     */
    private static void payToTheDemoAccounts(Municipality... paid) {
        for (Municipality municipality : paid) {
            if (municipality.getBankAccount().isEmpty()) {
                municipality.reviseContact(municipality.getContactEmail().orElse(null), "86011117947",
                        municipality.getLanguageForm());
            }
        }
    }

    /** Bergen's application, assessed and recommended by saksbehandler1: the ranking and an approver have work. */
    private void recommendedFromBergen(Call call, LocalDate today, int year) {
        Municipality bergen = em.find(Municipality.class, "4601");
        Application application = new Application(call, bergen, "demo", clock.instant(), today);
        application.revise(new ApplicationContent("Felles kjernejournal-integrasjon i legevakten",
                TechnologyCategory.DATA_SHARING,
                "Legevakten henter kritisk informasjon fra kjernejournal og sender epikrise digitalt til fastlegen.",
                "Legene slipper å ringe rundt etter medisinlister; fastlegen får epikrisen samme natt.",
                List.of(), "Eirik Vik", "eirik.vik@bergen.example", null, "86011117947",
                Money.kroner(2_400_000), Money.kroner(1_200_000), Money.kroner(1_200_000),
                LocalDate.of(year, 1, 15), LocalDate.of(year, 10, 1),
                List.of(new Instalment("Integrasjon testet", LocalDate.of(year, 5, 1),
                                Money.kroner(500_000)),
                        new Instalment("I bruk på legevakten", LocalDate.of(year, 9, 15),
                                Money.kroner(700_000))),
                List.of(new ApplicationContent.Target("Minutter brukt på å innhente medisinliste per pasient",
                        BenefitKind.QUALITY, "minutter", BigDecimal.valueOf(15),
                        LocalDate.of(year, 3, 1), BigDecimal.valueOf(3),
                        LocalDate.of(year + 1, 12, 31), "Legevaktsjef"))),
                number -> em.find(Municipality.class, number));
        em.persist(application);
        application.submit(() -> references.next(call.getBudgetYear()), clock.instant(), today);
        em.flush();
        submissions.record(application, "demo");
        Assessment assessment = Assessment.take(application, "saksbehandler1", true, clock.instant());
        em.persist(assessment);
        List<Integer> scores = List.of(5, 4, 5);
        List<Recommendation.Score> given = new java.util.ArrayList<>();
        for (int i = 0; i < call.getCriteria().size(); i++) {
            given.add(new Recommendation.Score(call.getCriteria().get(i).getId(), scores.get(i % scores.size()), null));
        }
        assessment.recommend(application, new Recommendation(Outcome.GRANT, Money.kroner(1_000_000), List.of(), given,
                "Godt forankret og lett å overføre til andre legevakter; noe lavere beløp fordi opplæringen"
                        + " dekkes av eksisterende midler."), "saksbehandler1", clock.instant());
        audit.recordFor("saksbehandler1", AuditKind.APPLICATION_RECOMMENDED, "Application", String.valueOf(application.getId()),
                "GRANT 1000000.00, weighted score " + assessment.getWeightedScore());
    }

    private void user(String username, String fullName, String email, Role role, Municipality municipality,
            String passwordHash) {
        em.persist(new UserAccount(username, fullName, email, Set.of(role), municipality, passwordHash, true));
    }
}
