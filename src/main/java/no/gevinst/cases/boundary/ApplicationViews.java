package no.gevinst.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.applications.boundary.Applications;
import no.gevinst.applications.boundary.AttachmentView;
import no.gevinst.applications.boundary.MilestoneView;
import no.gevinst.applications.boundary.MissingView;
import no.gevinst.applications.entity.Application;
import no.gevinst.assessment.boundary.AssessmentView;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.benefits.boundary.BenefitTargetView;
import no.gevinst.benefits.boundary.Benefits;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.payments.boundary.GrantView;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.entity.Grant;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.rest.JsonValues;

/** Puts an application together with its assessment, grant and benefits, as the API shows it. */
@RequestScoped
public class ApplicationViews {

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    Grants grants;

    @Inject
    Benefits benefits;

    /** One application the caller may read, whole: with the measurements and realisation of its benefit targets. */
    public ApplicationView of(long id, Locale locale) {
        Application application = applications.get(id);
        return view(application, true, assessments.find(id), grants.find(id), locale);
    }

    /** A page of applications for a list: their assessments and grants read at once, benefit targets bare. */
    public List<ApplicationView> of(List<Application> page, Locale locale) {
        List<Long> ids = page.stream().map(Application::getId).toList();
        Map<Long, Assessment> assessed = assessments.findAll(ids);
        Map<Long, Grant> granted = grants.findAll(ids);
        return page.stream().map(application -> view(application, false,
                Optional.ofNullable(assessed.get(application.getId())),
                Optional.ofNullable(granted.get(application.getId())), locale)).toList();
    }

    private ApplicationView view(Application application, boolean detailed, Optional<Assessment> assessment,
            Optional<Grant> grant, Locale locale) {
        List<MissingView> missing = applications.mayEdit(application) && application.getStatus().isEditable()
                ? application.content().missing().stream()
                        .map(v -> new MissingView(v.field(), Messages.named(locale, Application.LABELS, v))).toList()
                : List.of();
        return new ApplicationView(application.getId(), application.getReference(), application.getStatus(),
                application.getCall().getId(), application.getCall().getBudgetYear(),
                application.getMunicipality().getNumber(), application.getMunicipality().getName(),
                application.getMunicipality().getCounty().getNumber(),
                application.getPartners().stream().map(p -> p.getNumber()).toList(), application.getTitle(),
                application.getCategory(), application.getSummary(), application.getServiceChange(),
                application.getContactName(), application.getContactEmail(), application.getContactPhone(),
                application.getBankAccount().map(Object::toString).orElse(null),
                application.getMunicipality().getBankAccount().map(Object::toString).orElse(null),
                application.getEligibleCost(), application.getOwnContribution(),
                application.getRequestedAmount(),
                application.maxRequest().orElse(null), application.getPlannedStartDate(),
                application.getPlannedOperationDate(),
                application.getMilestones().stream().map(MilestoneView::of).toList(),
                benefitTargets(application, detailed && grant.isPresent()),
                application.getAttachments().stream().map(AttachmentView::of).toList(),
                JsonValues.time(application.getCreatedAt()), JsonValues.time(application.getSubmittedAt()),
                missing, assessment.map(AssessmentView::of).orElse(null), grant.map(GrantView::of).orElse(null),
                application.getVersion());
    }

    /** With measurements and realisation only for a granted application's own page (a query each). */
    private List<BenefitTargetView> benefitTargets(Application application, boolean measured) {
        if (!measured) {
            return application.getBenefitTargets().stream().map(BenefitTargetView::of).toList();
        }
        Map<Long, List<Measurement>> measurements = benefits.measurements(application.getId()).stream()
                .collect(Collectors.groupingBy(m -> m.getTarget().getId()));
        Map<Long, Realisation> realisations = benefits.realisations(application.getId());
        return application.getBenefitTargets().stream().map(t -> BenefitTargetView.of(t, realisations.get(t.getId()),
                measurements.getOrDefault(t.getId(), List.of()))).toList();
    }
}
