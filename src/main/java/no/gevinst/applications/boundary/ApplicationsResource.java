package no.gevinst.applications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import no.gevinst.applications.control.PdfInspection;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.applications.entity.BenefitTarget;
import no.gevinst.applications.entity.PlannedMilestone;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.assessment.boundary.Assessments;
import no.gevinst.benefits.boundary.Benefits;
import no.gevinst.benefits.entity.Measurement;
import no.gevinst.benefits.entity.Realisation;
import no.gevinst.benefits.entity.RealisationStatus;
import no.gevinst.assessment.entity.IssuedLetter;
import no.gevinst.payments.boundary.Grants;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.GrantMilestone;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.assessment.entity.Assessment;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.assessment.entity.Recommendation;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.i18n.Languages;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.platform.rest.Codes;
import no.gevinst.platform.rest.PageView;
import no.gevinst.platform.rest.Paging;
import no.gevinst.platform.rest.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import no.gevinst.platform.entity.Role;

@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ApplicationsResource {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * An application as the API shows it; amounts as strings with two decimals, what is not filled in as null.
     * {@code bankAccount} is the account the applicant gave; {@code registerBankAccount} the municipality's account
     * in the register, which every payment goes to (null: none, and no payment can be approved).
     */
    @JsonbNillable
    public record ApplicationView(long id, String reference, ApplicationStatus status, long callId, int budgetYear,
            String municipality, String municipalityName, String countyNumber, List<String> partnerMunicipalities,
            String title, TechnologyCategory category, String summary, String serviceChange, String contactName,
            String contactEmail, String contactPhone, String bankAccount, String registerBankAccount,
            String eligibleCost, String ownContribution,
            String requestedAmount, String maxRequestedAmount, LocalDate plannedStartDate,
            LocalDate plannedOperationDate, List<MilestoneView> milestones, List<BenefitTargetView> benefitTargets,
            List<AttachmentView> attachments, OffsetDateTime createdAt, OffsetDateTime submittedAt,
            List<MissingView> missing, AssessmentView assessment, GrantView grant, long version) {
    }

    /** The grant as decided and the municipality's answer; {@code freed} is what went back to the frame. */
    @JsonbNillable
    public record GrantView(String amount, int budgetYear, BigDecimal withheldPercent, String decidedBy,
            OffsetDateTime decidedAt, LocalDate acceptanceDeadline, LocalDate operationDeadline, String answeredBy,
            OffsetDateTime answeredAt, String paid, String withheldOutstanding, String released, String forfeited,
            String notYetDue, String freed, LocalDate inOperationSince, String operationConfirmedBy,
            String endReason, List<GrantMilestoneView> milestones, List<PaymentView> payments) {

        static GrantView of(Grant grant) {
            Grant.Ledger ledger = grant.ledger();
            return new GrantView(text(grant.getAmount()), grant.getBudgetYear(), grant.getWithheldPercent(),
                    grant.getDecidedBy(), grant.getDecidedAt().atZone(OSLO).toOffsetDateTime(),
                    grant.getAcceptanceDeadline(), grant.getOperationDeadline(), grant.getAnsweredBy(),
                    grant.getAnsweredAt() == null ? null : grant.getAnsweredAt().atZone(OSLO).toOffsetDateTime(),
                    text(ledger.paid()), text(ledger.withheldOutstanding()), text(ledger.released()),
                    text(ledger.forfeited()), text(ledger.notYetDue()), text(ledger.freed()),
                    grant.getInOperationSince(), grant.getOperationConfirmedBy(), grant.getEndReason(),
                    grant.getMilestones().stream().map(GrantMilestoneView::of).toList(),
                    grant.getPayments().stream().map(PaymentView::of).toList());
        }
    }

    /** A milestone of the grant's payment plan and where it is. */
    @JsonbNillable
    public record GrantMilestoneView(long id, String title, LocalDate dueDate, String amount, MilestoneStatus status,
            LocalDate completedOn, String description, String reportedBy, String verifiedBy, String sendBackReason) {
        static GrantMilestoneView of(GrantMilestone m) {
            return new GrantMilestoneView(m.getId(), m.getTitle(), m.getDueDate(), text(m.getAmount()), m.getStatus(),
                    m.getCompletedOn(), m.getDescription(), m.getReportedBy(), m.getVerifiedBy(),
                    m.getSendBackReason());
        }
    }

    /** A payment as the API shows it, in the application and in {@code /payments}. */
    @JsonbNillable
    public record PaymentView(long id, long applicationId, Long milestoneId, PaymentKind kind, String gross,
            String withheld, String net, PaymentStatus status, String proposedBy, OffsetDateTime proposedAt,
            String approvedBy, String rejectedBy, String rejectReason, OffsetDateTime sentAt) {
        public static PaymentView of(Payment p) {
            return new PaymentView(p.getId(), p.getGrant().getApplicationId(),
                    p.getMilestone() == null ? null : p.getMilestone().getId(), p.getKind(), text(p.getGross()),
                    text(p.getWithheld()), text(p.getNet()), p.getStatus(), p.getProposedBy(),
                    p.getProposedAt().atZone(OSLO).toOffsetDateTime(), p.getApprovedBy(), p.getRejectedBy(),
                    p.getRejectReason(), p.getSentAt() == null ? null : p.getSentAt().atZone(OSLO).toOffsetDateTime());
        }
    }

    public static class MilestoneReportRequest {
        public LocalDate completedOn;
        public String description;
    }

    public static class OperationReportRequest {
        public LocalDate inOperationSince;
        public String description;
        /** The first measurements: {@code benefitTargetId} with a value or a reason it was not measured. */
        public List<FirstMeasurementRequest> measurements;
    }

    public static class FirstMeasurementRequest extends MeasurementRequest {
        public Long benefitTargetId;
    }

    /** Who has the application and what was recommended and decided. */
    @JsonbNillable
    public record AssessmentView(String assessor, String returnReason, String outcome, String amount,
            BigDecimal weightedScore, String recommendedBy, String decidedBy, List<MilestoneView> milestones) {

        static AssessmentView of(Assessment assessment) {
            return new AssessmentView(assessment.getAssessor(), assessment.getReturnReason(),
                    assessment.getOutcome() == null ? null : assessment.getOutcome().name(), text(assessment.getAmount()),
                    assessment.getWeightedScore(), assessment.getRecommendedBy(), assessment.getDecidedBy(),
                    assessment.getPlan().stream().map(m -> new MilestoneView(m.getId(), m.getTitle(), m.getDueDate(),
                            text(m.getAmount()))).toList());
        }
    }

    public static class TakeRequest {
        public Boolean impartial;
    }

    public static class ReasonRequest {
        public String reason;
    }

    public static class ScoreRequest {
        public Long criterion;
        public Integer score;
        public String comment;
    }

    public static class RecommendRequest {
        public String outcome;
        public String amount;
        public List<MilestoneRequest> milestones;
        public List<ScoreRequest> scores;
        public String justification;
    }

    public static class DecideRequest {
        public Boolean approve;
        public String comment;
    }

    public record MilestoneView(long id, String title, LocalDate dueDate, String amount) {
        static MilestoneView of(PlannedMilestone milestone) {
            return new MilestoneView(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
                    text(milestone.getAmount()));
        }
    }

    /** A benefit target; after the grant also its measurements (replaced ones included) and realisation. */
    @JsonbNillable
    public record BenefitTargetView(long id, String indicator, BenefitKind kind, String unit, BigDecimal baseline,
            LocalDate baselineDate, BigDecimal target, LocalDate targetDate, String owner, RealisationView realisation,
            List<MeasurementView> measurements) {
        static BenefitTargetView of(BenefitTarget target) {
            return of(target, null, null);
        }

        static BenefitTargetView of(BenefitTarget target, Realisation realisation, List<Measurement> measurements) {
            return new BenefitTargetView(target.getId(), target.getIndicator(), target.getKind(), target.getUnit(),
                    target.getBaseline(), target.getBaselineDate(), target.getTarget(), target.getTargetDate(), target.getOwner(),
                    realisation == null ? null : RealisationView.of(realisation),
                    measurements == null ? null : measurements.stream().map(MeasurementView::of).toList());
        }
    }

    @JsonbNillable
    public record RealisationView(BigDecimal percent, RealisationStatus status, BigDecimal latestValue,
            LocalDate latestOn) {
        static RealisationView of(Realisation r) {
            return new RealisationView(r.percent(), r.status(), r.latestValue(), r.latestOn());
        }
    }

    @JsonbNillable
    public record MeasurementView(long id, long benefitTargetId, LocalDate measuredOn, BigDecimal value,
            String notMeasuredReason, String comment, String reportedBy, OffsetDateTime reportedAt, Long replaces,
            boolean replaced) {
        static MeasurementView of(Measurement m) {
            return new MeasurementView(m.getId(), m.getTarget().getId(), m.getMeasuredOn(), m.getValue(),
                    m.getNotMeasuredReason(), m.getComment(), m.getReportedBy(),
                    m.getReportedAt().atZone(OSLO).toOffsetDateTime(),
                    m.getReplaces() == null ? null : m.getReplaces().getId(), m.isReplaced());
        }
    }

    /** A measurement as a client reports it; {@code replaces} names the measurement it corrects. */
    public static class MeasurementRequest {
        public LocalDate measuredOn;
        public BigDecimal value;
        public String notMeasuredReason;
        public String comment;
        public Long replaces;
    }

    @JsonbNillable
    public record AttachmentView(long id, String fileName, String contentType, long size, String sha256,
            OffsetDateTime uploadedAt, AttachmentPurpose purpose, Long milestoneId) {
        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                    attachment.getSizeBytes(), attachment.getSha256(), attachment.getUploadedAt().atZone(OSLO)
                            .toOffsetDateTime(), attachment.getPurpose(), attachment.getMilestoneId());
        }
    }

    /** What must still be filled in before the application can be submitted. */
    public record MissingView(String field, String message) {
    }

    /** An application as a client writes it. */
    public static class ApplicationRequest {
        public Long callId;
        public String title;
        public String category;
        public String summary;
        public String serviceChange;
        public List<String> partnerMunicipalities;
        public String contactName;
        public String contactEmail;
        public String contactPhone;
        public String bankAccount;
        public String eligibleCost;
        public String ownContribution;
        public String requestedAmount;
        public LocalDate plannedStartDate;
        public LocalDate plannedOperationDate;
        public List<MilestoneRequest> milestones;
        public List<BenefitTargetRequest> benefitTargets;
    }

    public static class MilestoneRequest {
        public String title;
        public LocalDate dueDate;
        public String amount;
    }

    public static class BenefitTargetRequest {
        public String indicator;
        public String kind;
        public String unit;
        public BigDecimal baseline;
        public LocalDate baselineDate;
        public BigDecimal target;
        public LocalDate targetDate;
        public String owner;
    }

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    Grants grants;

    @Inject
    Benefits benefits;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(Role.Names.MUNICIPALITY)
    @Operation(summary = "Create a draft application for the caller's municipality (MUNICIPALITY)")
    public Response create(ApplicationRequest request) {
        if (request == null || request.callId == null) {
            throw new InvalidInputException(List.of(Violation.of("callId", "validation.required")),
                    Application.LABELS);
        }
        Application application = applications.create(request.callId, content(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(application.getId())).build())
                .entity(view(application)).tag(tag(application)).build();
    }

    @GET
    @Operation(summary = "The applications the caller may read, newest first")
    public PageView<ApplicationView> list(@QueryParam("status") String status, @QueryParam("callId") Long callId,
            @QueryParam("budgetYear") Integer budgetYear, @QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("category") String category,
            @QueryParam("sort") @DefaultValue("createdAt") String sort,
            @QueryParam("direction") @DefaultValue("desc") String direction,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        List<Violation> unreadable = new ArrayList<>();
        ApplicationStatus statusFilter = Codes.parse(ApplicationStatus.class, status, "status", unreadable);
        TechnologyCategory categoryFilter = Codes.parse(TechnologyCategory.class, category, "category", unreadable);
        if (!Applications.isSortable(sort)) {
            unreadable.add(Violation.of("sort", "validation.unknownValue", sort));
        }
        InvalidInputException.throwIfAny(unreadable);
        var filter = new ApplicationFilter(statusFilter, callId, budgetYear, blankToNull(municipality),
                blankToNull(county), categoryFilter);
        var found = applications.search(filter, sort, "asc".equalsIgnoreCase(direction), paging.page(), paging.size());
        List<Long> ids = found.items().stream().map(Application::getId).toList();
        var assessed = assessments.findAll(ids);
        var granted = grants.findAll(ids);
        return PageView.of(found, application -> view(application, false,
                Optional.ofNullable(assessed.get(application.getId())), Optional.ofNullable(granted.get(application.getId()))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application the caller may read, with its assessment and grant",
            description = "bankAccount is the account the application gives; registerBankAccount is the"
                    + " municipality's account in the register that administrators keep, which every payment is"
                    + " made to (null: the register has none, and no payment can be approved). Where they differ,"
                    + " the municipality asks the directorate's administrator to change the register.")
    public Response get(@PathParam("id") long id) {
        Application application = applications.get(id);
        return Response.ok(view(application)).tag(tag(application)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft or returned application (MUNICIPALITY); If-Match must carry its version")
    public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ApplicationRequest request) {
        long expectedVersion = PreconditionRequiredException.version(ifMatch);
        if (request == null) {
            throw new InvalidInputException(List.of(Violation.of("body", "validation.required")));
        }
        Application application = applications.revise(id, expectedVersion, content(request));
        return Response.ok(view(application)).tag(tag(application)).build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a complete application while its call is open (MUNICIPALITY)")
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Application application = applications.submit(id, optionalVersion(ifMatch));
        return Response.ok(view(application)).tag(tag(application)).build();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw an application before a decision (MUNICIPALITY)")
    public Response withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Application application = applications.withdraw(id, optionalVersion(ifMatch));
        return Response.ok(view(application)).tag(tag(application)).build();
    }

    @POST
    @Path("{id}/take")
    @Operation(summary = "Take a submitted application for assessment, declaring impartiality (CASE_HANDLER);"
            + " impartial: false declares a conflict of interest, kept for good, and is answered 409")
    public Response take(@PathParam("id") long id, TakeRequest request) {
        if (request != null && Boolean.FALSE.equals(request.impartial)) {
            // The declaration is an act of its own, committed; the refusal to take the case follows it.
            assessments.declareConflict(id);
            throw new DomainException("assessment.notImpartial");
        }
        assessments.take(id, request != null && Boolean.TRUE.equals(request.impartial));
        return current(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return an application for changes, with a reason the municipality sees (CASE_HANDLER)")
    public Response returnForChanges(@PathParam("id") long id, ReasonRequest request) {
        assessments.returnForChanges(id, request == null ? null : request.reason);
        return current(id);
    }

    @POST
    @Path("{id}/recommend")
    @Operation(summary = "Recommend a grant (amount, payment plan, scores) or a rejection, with a justification"
            + " (CASE_HANDLER)")
    public Response recommend(@PathParam("id") long id, RecommendRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(Violation.of("body", "validation.required")));
        }
        List<Violation> unreadable = new ArrayList<>();
        Outcome outcome = Codes.parse(Outcome.class, request.outcome, "outcome", unreadable);
        Money amount = money(request.amount, "amount", unreadable);
        List<Recommendation.PlanItem> plan = new ArrayList<>();
        for (int i = 0; request.milestones != null && i < request.milestones.size(); i++) {
            MilestoneRequest m = request.milestones.get(i);
            plan.add(m == null ? new Recommendation.PlanItem(null, null, null)
                    : new Recommendation.PlanItem(m.title, m.dueDate, money(m.amount, "milestones[" + i + "].amount",
                            unreadable)));
        }
        List<Recommendation.Score> scores = request.scores == null ? List.of() : request.scores.stream()
                .map(s -> s == null ? new Recommendation.Score(null, null, null)
                        : new Recommendation.Score(s.criterion, s.score, s.comment))
                .toList();
        InvalidInputException.throwIfAny(unreadable, Assessment.LABELS);
        assessments.recommend(id, new Recommendation(outcome, amount, plan, scores, request.justification));
        return current(id);
    }

    @POST
    @Path("{id}/decide")
    @Operation(summary = "Decide on a recommendation (APPROVER, never the recommender); approving a grant commits it"
            + " against the budget year's frame")
    public Response decide(@PathParam("id") long id, DecideRequest request) {
        assessments.decide(id, request == null ? null : request.approve, request == null ? null : request.comment);
        return current(id);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the grant and its conditions by the acceptance deadline (MUNICIPALITY, lead)")
    public Response accept(@PathParam("id") long id) {
        grants.accept(id);
        return current(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline the grant; it lapses and its amount is freed (MUNICIPALITY, lead)")
    public Response decline(@PathParam("id") long id) {
        grants.decline(id);
        return current(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/report")
    @Operation(summary = "Report a milestone of the grant done (MUNICIPALITY, lead)")
    public Response reportMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            MilestoneReportRequest request) {
        grants.reportMilestone(id, milestoneId, request == null ? null : request.completedOn,
                request == null ? null : request.description);
        return current(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/verify")
    @Operation(summary = "Verify a reported milestone, proposing its payment less the withheld part (CASE_HANDLER)")
    public Response verifyMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId) {
        grants.verifyMilestone(id, milestoneId);
        return current(id);
    }

    @POST
    @Path("{id}/milestones/{mid}/send-back")
    @Operation(summary = "Send a reported milestone back to the municipality with a reason (CASE_HANDLER)")
    public Response sendBackMilestone(@PathParam("id") long id, @PathParam("mid") long milestoneId,
            ReasonRequest request) {
        grants.sendBackMilestone(id, milestoneId, request == null ? null : request.reason);
        return current(id);
    }

    @POST
    @Path("{id}/operation/report")
    @Operation(summary = "Report the project in operation (MUNICIPALITY, lead)")
    public Response reportOperation(@PathParam("id") long id, OperationReportRequest request) {
        List<Grants.FirstMeasurement> first = new ArrayList<>();
        for (int i = 0; request != null && request.measurements != null && i < request.measurements.size(); i++) {
            FirstMeasurementRequest m = request.measurements.get(i);
            if (m == null || m.benefitTargetId == null) {
                throw new InvalidInputException(List.of(Violation.of("measurements[" + i + "].benefitTargetId",
                        "validation.required")));
            }
            first.add(new Grants.FirstMeasurement(m.benefitTargetId, new Measurement.Report(m.measuredOn, m.value,
                    m.notMeasuredReason, m.comment)));
        }
        grants.reportOperation(id, request == null ? null : request.inOperationSince,
                request == null ? null : request.description, first);
        return current(id);
    }

    @POST
    @Path("{id}/operation/confirm")
    @Operation(summary = "Confirm the operation, proposing the release of all withheld money (CASE_HANDLER)")
    public Response confirmOperation(@PathParam("id") long id) {
        grants.confirmOperation(id);
        return current(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel the grant: withheld money forfeited, unpaid milestones freed (APPROVER)")
    public Response cancel(@PathParam("id") long id, ReasonRequest request) {
        grants.cancel(id, request == null ? null : request.reason);
        return current(id);
    }

    @POST
    @Path("{id}/benefits/{bid}/measurements")
    @Operation(summary = "Report a measurement of a benefit target, or correct one ('replaces'); a number, or"
            + " 'notMeasuredReason' (MUNICIPALITY, lead, from the operation report on)")
    public Response measure(@PathParam("id") long id, @PathParam("bid") long targetId, MeasurementRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(Violation.of("body", "validation.required")));
        }
        var report = new Measurement.Report(request.measuredOn, request.value, request.notMeasuredReason,
                request.comment);
        Measurement measurement = request.replaces == null ? benefits.report(id, targetId, report)
                : benefits.correct(id, request.replaces, report);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(measurement.getId())).build())
                .entity(MeasurementView.of(measurement)).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an operational grant whose reporting period is over with every report in (CASE_HANDLER)")
    public Response close(@PathParam("id") long id) {
        benefits.close(id);
        return current(id);
    }

    @GET
    @Path("{id}/letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The grant letter as issued at the decision, in the municipality's language form")
    public Response letter(@PathParam("id") long id) {
        IssuedLetter letter = grants.letter(id);
        Application application = applications.get(id);
        return Response.ok(letter.getContent(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + IssuedLetter.fileName(application) + "\"")
                .build();
    }

    private Response current(long id) {
        Application application = applications.get(id);
        return Response.ok(view(application)).tag(tag(application)).build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a PDF of at most 20 MB, in the form part named 'file' (MUNICIPALITY). After the grant,"
            + " evidence: with a part 'milestone' (its id) for a milestone report, or 'operation' for the operation"
            + " report")
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = part(parts, "file")
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("file", "validation.required")),
                        Application.LABELS));
        String fileName = file.getFileName().map(ApplicationsResource::utf8).orElse(null);
        byte[] content = read(file.getContent());
        Optional<String> milestone = part(parts, "milestone").map(p -> text(p));
        Attachment attachment;
        if (milestone.isPresent()) {
            attachment = grants.attachEvidence(id, milestoneId(milestone.get()), fileName, content);
        } else if (part(parts, "operation").isPresent()) {
            attachment = grants.attachEvidence(id, null, fileName, content);
        } else {
            attachment = applications.attach(id, fileName, content);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment.getId())).build())
                .entity(AttachmentView.of(attachment)).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(EntityPart part) {
        return new String(read(part.getContent()), StandardCharsets.UTF_8).trim();
    }

    private static long milestoneId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(Violation.of("milestone", "validation.number")), Application.LABELS);
        }
    }

    @GET
    @Path("{id}/attachments/{aid}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response attachment(@PathParam("id") long id, @PathParam("aid") long attachmentId) {
        var download = applications.download(id, attachmentId);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{aid}")
    @Operation(summary = "Remove an attachment from a draft or returned application (MUNICIPALITY)")
    public Response detach(@PathParam("id") long id, @PathParam("aid") long attachmentId) {
        applications.detach(id, attachmentId);
        return Response.noContent().build();
    }

    private ApplicationView view(Application application) {
        return view(application, true, assessments.find(application.getId()), grants.find(application.getId()));
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

    private ApplicationView view(Application application, boolean detailed,
            Optional<no.gevinst.assessment.entity.Assessment> assessment, Optional<Grant> grant) {
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
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
                text(application.getEligibleCost()),
                text(application.getOwnContribution()), text(application.getRequestedAmount()),
                application.maxRequest().map(Money::toString).orElse(null), application.getPlannedStartDate(),
                application.getPlannedOperationDate(),
                application.getMilestones().stream().map(MilestoneView::of).toList(),
                benefitTargets(application, detailed && grant.isPresent()),
                application.getAttachments().stream().map(AttachmentView::of).toList(),
                application.getCreatedAt().atZone(OSLO).toOffsetDateTime(),
                application.getSubmittedAt() == null ? null : application.getSubmittedAt().atZone(OSLO).toOffsetDateTime(),
                missing, assessment.map(AssessmentView::of).orElse(null), grant.map(GrantView::of).orElse(null),
                application.getVersion());
    }

    private static String text(Money amount) {
        return amount == null ? null : amount.toString();
    }

    private static EntityTag tag(Application application) {
        return new EntityTag(String.valueOf(application.getVersion()));
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : PreconditionRequiredException.version(ifMatch);
    }

    /** The request as application content; values that cannot even be read are reported with the other rules. */
    static ApplicationContent content(ApplicationRequest request) {
        List<Violation> unreadable = new ArrayList<>();
        var milestones = request.milestones == null ? List.<ApplicationContent.Milestone>of()
                : new ArrayList<ApplicationContent.Milestone>();
        for (int i = 0; request.milestones != null && i < request.milestones.size(); i++) {
            MilestoneRequest m = request.milestones.get(i);
            milestones.add(m == null ? new ApplicationContent.Milestone(null, null, null)
                    : new ApplicationContent.Milestone(m.title, m.dueDate,
                            money(m.amount, "milestones[" + i + "].amount", unreadable)));
        }
        var targets = request.benefitTargets == null ? List.<ApplicationContent.Target>of()
                : new ArrayList<ApplicationContent.Target>();
        for (int i = 0; request.benefitTargets != null && i < request.benefitTargets.size(); i++) {
            BenefitTargetRequest t = request.benefitTargets.get(i);
            targets.add(t == null ? new ApplicationContent.Target(null, null, null, null, null, null, null, null)
                    : new ApplicationContent.Target(t.indicator,
                            Codes.parse(BenefitKind.class, t.kind, "benefitTargets[" + i + "].kind", unreadable), t.unit,
                            t.baseline, t.baselineDate, t.target, t.targetDate, t.owner));
        }
        var content = new ApplicationContent(request.title,
                Codes.parse(TechnologyCategory.class, request.category, "category", unreadable), request.summary,
                request.serviceChange, request.partnerMunicipalities, request.contactName, request.contactEmail,
                request.contactPhone, request.bankAccount,
                money(request.eligibleCost, "eligibleCost", unreadable),
                money(request.ownContribution, "ownContribution", unreadable),
                money(request.requestedAmount, "requestedAmount", unreadable),
                request.plannedStartDate, request.plannedOperationDate, milestones, targets);
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable, Application.LABELS);
        }
        return content;
    }

    private static Money money(String amount, String field, List<Violation> unreadable) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.of(amount.trim());
        } catch (IllegalArgumentException e) {
            unreadable.add(Violation.of(field, "validation.amount"));
            return null;
        }
    }


    /**
     * Browsers send a file name's UTF-8 bytes as they are, and the multipart reader takes them for ISO-8859-1;
     * such a name is decoded again as UTF-8 when its bytes are valid UTF-8.
     */
    static String utf8(String fileName) {
        if (fileName.chars().anyMatch(c -> c > 0xFF) || fileName.chars().allMatch(c -> c < 0x80)) {
            return fileName;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(fileName.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return fileName;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Reads an upload, refusing it as soon as it passes the limit rather than after holding all of it. */
    private static byte[] read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > PdfInspection.MAX_BYTES) {
                    throw new InvalidInputException(List.of(Violation.of("file", "validation.attachment.tooLarge", 20)),
                            Application.LABELS);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
