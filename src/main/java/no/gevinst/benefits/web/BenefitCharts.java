package no.gevinst.benefits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.benefits.boundary.Benefits;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.platform.i18n.Formats;
import no.gevinst.platform.i18n.Messages;

/** The charts of a grant's benefit targets; the application's measurements are read once per request. */
@Named
@RequestScoped
public class BenefitCharts {

    @Inject
    Benefits benefits;

    @Inject
    FacesContext faces;

    private final Map<Long, Map<Long, List<Measurement>>> byApplication = new HashMap<>();
    private final Map<Long, BenefitChart> charts = new HashMap<>();

    /** The chart in one sentence: from where, to where, by when, and how far the latest measurement got. */
    public String summary(BenefitTarget target, LocalDate operationDate) {
        var locale = faces.getViewRoot().getLocale();
        var points = of(target, operationDate).points();
        var latest = points.stream().filter(p -> p.value() != null).reduce((a, b) -> b);
        return Messages.text(locale, "benefits.chart.summary", Formats.measure(target.getBaseline()),
                target.getBaselineDate() == null ? "–" : Formats.date(target.getBaselineDate()),
                Formats.measure(target.getTarget()), Formats.date(target.getTargetDate()),
                Formats.date(operationDate))
                + " " + latest.map(p -> Messages.text(locale, "benefits.chart.latest", Formats.measure(p.value()),
                        Formats.date(p.on()), points.size())).orElse(Messages.text(locale, "benefits.chart.none"));
    }

    public BenefitChart of(BenefitTarget target, LocalDate operationDate) {
        return charts.computeIfAbsent(target.getId(), id -> {
            long applicationId = target.getApplication().getId();
            List<Measurement> measured = byApplication.computeIfAbsent(applicationId, key -> benefits
                    .measurements(applicationId).stream().collect(Collectors.groupingBy(m -> m.getTarget().getId())))
                    .getOrDefault(id, List.of());
            return BenefitChart.of(target, measured, operationDate, faces.getViewRoot().getLocale());
        });
    }
}
