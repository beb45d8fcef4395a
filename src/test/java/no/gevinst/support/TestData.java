package no.gevinst.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.applications.control.ReferenceNumbers;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.Instalment;
import no.gevinst.calls.entity.Call;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.entity.Money;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.platform.entity.Role;
import no.gevinst.security.entity.UserAccount;

/** Lets in-container tests make their own data. Deployed with the tests only, never with the application. */
@Stateless
public class TestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    ReferenceNumbers references;

    @Inject
    Clock clock;

    @Inject
    no.gevinst.budget.control.BudgetYears budgetYears;

    /** Gives a municipality another name, as a new register would; tests use names no register has. */
    public void rename(String number, String name) {
        var municipality = em.find(Municipality.class, number);
        municipality.restate(name, municipality.getOfficialName(), municipality.getCounty(),
                municipality.getOrganisationNumber().map(Object::toString).orElse(null), municipality.getPopulation());
    }

    /**
     * Notifications made while the clock was moved ahead are dated after real time, so a newest-first inbox would
     * show them above every later one for good: back on the real clock, they are dated now. Test data only; the
     * audit trail and the access log keep their times (and their protection against change).
     */
    public int notificationsBackToNow(java.time.Instant now) {
        return em.createQuery("update Notification n set n.createdAt = :now where n.createdAt > :now")
                .setParameter("now", now).executeUpdate();
    }

    /** A new user with a unique name that starts with {@code prefix}. */
    public String createUser(String prefix, Role role, String municipalityNumber, String password) {
        String username = prefix + "-" + System.nanoTime();
        Municipality municipality = municipalityNumber == null ? null : em.find(Municipality.class, municipalityNumber);
        em.persist(new UserAccount(username, "Test " + prefix, null, java.util.Set.of(role), municipality,
                passwords.hash(password.toCharArray()), false));
        return username;
    }

    /**
     * {@code count} applications from Drammen to the call, each submitted, taken and recommended for a grant of
     * {@code amount} by {@code recommender}: ready for an approver's decision.
     */
    public List<Long> recommended(long callId, int count, String amount, String recommender) {
        return recommended(callId, count, amount, recommender, List.of("3301"), false);
    }

    /**
     * As {@link #recommended(long, int, String, String)}, from the {@code municipalities} in turn; with
     * {@code varyScores} each application gets its own scores (1–6, from its position), so they rank apart.
     */
    public List<Long> recommended(long callId, int count, String amount, String recommender,
            List<String> municipalities, boolean varyScores) {
        Call call = em.find(Call.class, callId);
        Money money = Money.of(amount);
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Municipality applicant = em.find(Municipality.class, municipalities.get(i % municipalities.size()));
            if (applicant.getBankAccount().isEmpty()) {
                // payments go to the register's account: a grant of these must be payable
                applicant.reviseContact(applicant.getContactEmail().orElse(null), "86011117947",
                        applicant.getLanguageForm());
            }
            Application application = new Application(call, applicant, "test", now, LocalDate.now(clock));
            application.revise(new ApplicationContent("Til avgjørelse " + i, call.getCategories().iterator().next(),
                    "S", "T", List.of(), "K", "k@drammen.example", null, "86011117947", money.plus(money), Money.ZERO,
                    money, LocalDate.now(clock), LocalDate.now(clock).plusMonths(6),
                    List.of(new Instalment("M", LocalDate.now(clock).plusMonths(3), money)),
                    List.of(new ApplicationContent.Target("I", BenefitKind.QUALITY, "prosent", BigDecimal.ONE,
                            LocalDate.now(clock).minusMonths(2),
                            BigDecimal.TEN, LocalDate.now(clock).plusYears(2), "O"))),
                    number -> em.find(Municipality.class, number));
            em.persist(application);
            application.submit(() -> references.next(call.getBudgetYear()), now, LocalDate.now(clock));
            em.flush();
            Assessment assessment = Assessment.take(application, recommender, true, now);
            em.persist(assessment);
            assessment.recommend(application, new Recommendation(Outcome.GRANT, money, List.of(),
                    call.getCriteria().stream().map(c -> new Recommendation.Score(c.getId(),
                            varyScores ? 1 + (index * 7 + c.getId().intValue()) % 6 : 4, null)).toList(), "J"),
                    recommender, now);
            ids.add(application.getId());
        }
        return ids;
    }

    /** What the decisions of a budget year have committed, as the grants stored say: granted less freed and forfeited. */
    public Money committedByGrants(int year) {
        return em.createQuery("select g from Grant g where g.budgetYear = :year", Grant.class)
                .setParameter("year", year).getResultStream()
                .map(Grant::ledger).map(l -> l.granted().minus(l.freed()).minus(l.forfeited()))
                .reduce(Money.ZERO, Money::plus);
    }

    /**
     * {@code count} grants in operation from municipalities across the country, deterministic from {@code seed}, each
     * with one to three benefit targets of random kinds and up to three measurements each: some replaced by a
     * correction, some "not measured". A data set for the portfolio totals.
     */
    public int benefitPortfolio(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Call call = new Call(new no.gevinst.calls.entity.CallTerms(2090 + random.nextInt(9), "Portefølje " + seed,
                today.minusDays(30), today.plusDays(30), Money.kroner(1_000_000_000), BigDecimal.valueOf(20),
                BigDecimal.valueOf(50), 3, null, false, java.util.EnumSet.allOf(
                        no.gevinst.calls.entity.TechnologyCategory.class),
                List.of(new no.gevinst.calls.entity.CallTerms.Criterion("K", 100))));
        em.persist(call);
        List<String> numbers = em.createQuery("select m.number from Municipality m where m.validTo is null order by m.number",
                String.class).getResultList();
        var categories = no.gevinst.calls.entity.TechnologyCategory.values();
        BenefitKind[] kinds = BenefitKind.values();
        for (int i = 0; i < count; i++) {
            Municipality municipality = em.find(Municipality.class, numbers.get(random.nextInt(numbers.size())));
            Application application = new Application(call, municipality, "test", now, today);
            List<ApplicationContent.Target> targets = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) {
                BigDecimal baseline = BigDecimal.valueOf(100 + random.nextInt(5000));
                BigDecimal target = random.nextBoolean() ? baseline.add(BigDecimal.valueOf(1 + random.nextInt(2000)))
                        : baseline.subtract(BigDecimal.valueOf(1 + random.nextInt(99)));
                targets.add(new ApplicationContent.Target("Indikator " + t, kinds[random.nextInt(kinds.length)], "enhet",
                        baseline, today.minusMonths(6), target, today.plusYears(2), "Eier"));
            }
            Money amount = Money.kroner(100_000);
            application.revise(new ApplicationContent("Prosjekt " + i, categories[random.nextInt(categories.length)],
                    "S", "T", List.of(), "K", "k@kommune.example", null, "86011117947", amount.plus(amount), Money.ZERO,
                    amount, today.plusDays(10), today.plusDays(200),
                    List.of(new Instalment("M", today.plusMonths(3), amount)), targets),
                    number -> em.find(Municipality.class, number));
            em.persist(application);
            application.submit(() -> references.next(call.getBudgetYear()), now, today);
            application.takeForAssessment();
            application.recommend();
            application.grant();
            budgetYears.locked(call.getBudgetYear()).commit(amount, call.getFrame());
            Grant grant = new Grant(application, amount, List.of(new Instalment("M", today.plusMonths(3), amount)),
                    "test", now, today, 30);
            em.persist(grant);
            grant.accept(application, "test", now, today);
            grant.reportOperation(application, today.minusDays(300), "I drift", "test", today, 90);
            grant.confirmOperation(application, "test", now);
            em.flush();
            for (no.gevinst.applications.entity.BenefitTarget target : application.getBenefitTargets()) {
                Measurement latest = null;
                for (int m = 0, n = random.nextInt(4); m < n; m++) {
                    LocalDate on = today.minusDays(random.nextInt(300));
                    Measurement.Report report = random.nextInt(6) == 0
                            ? new Measurement.Report(on, null, "Ikke målt", null)
                            : new Measurement.Report(on, BigDecimal.valueOf(random.nextInt(8000), random.nextInt(3)),
                                    null, null);
                    latest = Measurement.report(target, report, "test", now, today);
                    em.persist(latest);
                }
                if (latest != null && random.nextInt(4) == 0) {
                    em.persist(latest.correctWith(new Measurement.Report(latest.getMeasuredOn(),
                            BigDecimal.valueOf(random.nextInt(8000)), null, "Rettet"), "test", now, today));
                }
            }
            em.flush();
        }
        return count;
    }

    /**
     * What the portfolio should say, computed here from the measurements one by one: for each target of a grant in
     * operation, its latest current measurement with a value, as the change towards its target; summed by
     * {@code by} (category, county or year) and kind, as {@code key|KIND=sum} lines.
     */
    public List<String> realisedSums(String by) {
        List<Measurement> all = em.createQuery("select m from Measurement m", Measurement.class).getResultList();
        java.util.Map<Long, Measurement> latest = new java.util.HashMap<>();
        for (Measurement m : all) {
            var status = m.getTarget().getApplication().getStatus();
            if (m.isReplaced() || m.getValue() == null || (status != no.gevinst.applications.entity.ApplicationStatus.OPERATIONAL
                    && status != no.gevinst.applications.entity.ApplicationStatus.CLOSED)) {
                continue;
            }
            latest.merge(m.getTarget().getId(), m, (a, b) -> a.getMeasuredOn().isAfter(b.getMeasuredOn())
                    || a.getMeasuredOn().equals(b.getMeasuredOn()) && a.getId() > b.getId() ? a : b);
        }
        java.util.Map<String, BigDecimal> sums = new java.util.TreeMap<>();
        for (Measurement m : latest.values()) {
            var target = m.getTarget();
            Application application = target.getApplication();
            String key = switch (by) {
                case "category" -> application.getCategory() == null ? "" : application.getCategory().name();
                case "county" -> application.getMunicipality().getCounty().getName();
                default -> String.valueOf(application.getCall().getBudgetYear());
            };
            BigDecimal change = target.getTarget().compareTo(target.getBaseline()) >= 0
                    ? m.getValue().subtract(target.getBaseline()) : target.getBaseline().subtract(m.getValue());
            sums.merge(key + "|" + target.getKind(), change, BigDecimal::add);
        }
        return sums.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                .toList();
    }

    public long countEvents(String kind, String username) {
        return em.createQuery("select count(e) from AuditEvent e where e.kind = :kind and e.username = :username", Long.class)
                .setParameter("kind", AuditKind.valueOf(kind))
                .setParameter("username", username)
                .getSingleResult();
    }

    /**
     * Tries to change the oldest audit event with {@code statement} ("update" or "delete"), as anyone with the
     * application's database user could; the database must refuse it and roll the change back.
     */
    public int tamperWithTheOldestEvent(String statement) {
        String sql = statement.equals("delete") ? "delete from audit_event where id = (select min(id) from audit_event)"
                : "update audit_event set details = 'tampered' where id = (select min(id) from audit_event)";
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** Tries to change (or delete) the access records of an application; returns how many rows changed. */
    public int tamperWithAccessRecords(long applicationId, String statement) {
        String sql = statement.equals("delete") ? "delete from access_record where application_id = ?1"
                : "update access_record set reader_name = 'tampered' where application_id = ?1";
        return em.createNativeQuery(sql).setParameter(1, applicationId).executeUpdate();
    }

    public String oldestEvent() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select id, details from audit_event where id = (select min(id) from audit_event)").getSingleResult();
        return row[0] + " " + row[1];
    }

    /**
     * Takes the row locks the grant deadline job takes, in its order: the application's, then, after a pause in which
     * a concurrent act takes whatever it locks first, the budget year's. An act that locks in another order deadlocks
     * against it.
     */
    public void lockApplicationThenBudgetYear(long applicationId, int year, long pauseMillis) {
        em.find(Application.class, applicationId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        em.find(no.gevinst.budget.entity.BudgetYear.class, year, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Runs one statement as anyone with the application's database user could; returns the rows it changed. */
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** The rows of a query, each as its columns' values separated by tabs (null as "null"). */
    public List<String> query(String sql) {
        List<String> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = row instanceof Object[] array ? array : new Object[] {row};
            lines.add(java.util.Arrays.stream(columns).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("\t")));
        }
        return lines;
    }
}
