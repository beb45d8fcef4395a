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
import no.gevinst.applications.entity.Call;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.entity.Money;
import no.gevinst.security.control.PasswordHashing;
import no.gevinst.security.entity.Role;
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
            Application application = new Application(call, applicant, "test", now, LocalDate.now(clock));
            application.revise(new ApplicationContent("Til avgjørelse " + i, call.getCategories().iterator().next(),
                    "S", "T", List.of(), "K", "k@drammen.example", null, "86011117947", money.plus(money), Money.ZERO,
                    money, LocalDate.now(clock), LocalDate.now(clock).plusMonths(6),
                    List.of(new ApplicationContent.Milestone("M", LocalDate.now(clock).plusMonths(3), money)),
                    List.of(new ApplicationContent.Target("I", BenefitKind.QUALITY, "prosent", BigDecimal.ONE,
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
                .map(g -> g.getAmount().minus(g.getFreed()).minus(g.getForfeited())).reduce(Money.ZERO, Money::plus);
    }

    public long countEvents(String kind, String username) {
        return em.createQuery("select count(e) from AuditEvent e where e.kind = :kind and e.username = :username", Long.class)
                .setParameter("kind", kind)
                .setParameter("username", username)
                .getSingleResult();
    }
}
