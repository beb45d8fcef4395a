package no.gevinst.assessment.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.platform.entity.Money;

/**
 * A call's assessed applications ranked by weighted score against its frame: the running total of recommended
 * grants, and the cut line where the frame runs out. Rejections, and grants that were refused, declined or
 * withdrawn, take no room.
 */
public final class Ranking {

    /**
     * What the ranking needs to know of one assessed application; {@code recommendedAmount} is, once granted, what the
     * grant still commits; {@code recommendedBy} the case handler who recommended it, whom four eyes keep from
     * deciding it.
     */
    public record Candidate(long applicationId, String reference, String title, String municipalityName,
            String countyName, TechnologyCategory category, ApplicationStatus status, BigDecimal weightedScore,
            Outcome outcome, Money recommendedAmount, String recommendedBy) {

        private static final Set<ApplicationStatus> TAKES_NO_ROOM = EnumSet.of(ApplicationStatus.REJECTED,
                ApplicationStatus.LAPSED, ApplicationStatus.WITHDRAWN);

        /** The room under the frame this application takes. */
        Money claim() {
            return outcome == Outcome.GRANT && recommendedAmount != null && !TAKES_NO_ROOM.contains(status)
                    ? recommendedAmount : Money.ZERO;
        }

        /** Recommended and waiting for an approver's decision. */
        public boolean awaitsDecision() {
            return status == ApplicationStatus.RECOMMENDED;
        }
    }

    /** One place in the ranking. */
    public record Row(int rank, Candidate candidate, Money claim, Money runningTotal, boolean withinFrame) {
    }

    /** Applications, room claimed, and room claimed within the frame, for one county or category. */
    public record Total(String name, int applications, Money claimed, Money withinFrame) {
    }

    /** Highest score first; equal scores in reference order, which is the order they were submitted in. */
    public static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::weightedScore,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Candidate::reference);

    private final Money frame;
    private final List<Row> rows = new ArrayList<>();
    private final int cutLine;

    public Ranking(Money frame, List<Candidate> candidates) {
        this.frame = frame;
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(ORDER);
        Money running = Money.ZERO;
        int cut = -1;
        for (Candidate candidate : ordered) {
            Money claim = candidate.claim();
            running = running.plus(claim);
            boolean within = !running.isGreaterThan(frame);
            if (!within && cut < 0) {
                cut = rows.size();
            }
            rows.add(new Row(rows.size() + 1, candidate, claim, running, within && cut < 0));
        }
        this.cutLine = cut;
    }

    public Money getFrame() {
        return frame;
    }

    public List<Row> getRows() {
        return Collections.unmodifiableList(rows);
    }

    /** The index of the first row the frame has no room for, or -1 when the frame holds them all. */
    public int getCutLine() {
        return cutLine;
    }

    /** The recommended grants together. */
    public Money getClaimed() {
        return rows.isEmpty() ? Money.ZERO : rows.getLast().runningTotal();
    }

    /** What the grants already decided commit of the frame: the claims of all but those awaiting a decision. */
    public Money getCommitted() {
        return rows.stream().filter(row -> !row.candidate().awaitsDecision()).map(Row::claim)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The room the decided grants leave in the frame, for the decisions still to take. */
    public Money getRoomLeft() {
        return frame.minus(getCommitted());
    }

    /** What the frame holds of the recommended grants: the running total just above the cut line. */
    public Money getWithinFrame() {
        return cutLine < 0 ? getClaimed() : cutLine == 0 ? Money.ZERO : rows.get(cutLine - 1).runningTotal();
    }

    /** How many times the frame the recommended grants ask for, to one decimal. */
    public BigDecimal getOversubscription() {
        return frame.amount().signum() == 0 ? BigDecimal.ZERO
                : getClaimed().amount().divide(frame.amount(), 1, java.math.RoundingMode.HALF_UP);
    }

    public List<Total> byCounty() {
        return totals(row -> row.candidate().countyName());
    }

    public List<Total> byCategory() {
        return totals(row -> row.candidate().category() == null ? "" : row.candidate().category().name());
    }

    private List<Total> totals(Function<Row, String> key) {
        Map<String, Total> totals = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(key)).forEach(row -> totals.merge(key.apply(row),
                new Total(key.apply(row), 1, row.claim(), row.withinFrame() ? row.claim() : Money.ZERO),
                (a, b) -> new Total(a.name(), a.applications() + b.applications(), a.claimed().plus(b.claimed()),
                        a.withinFrame().plus(b.withinFrame()))));
        return List.copyOf(totals.values());
    }
}
