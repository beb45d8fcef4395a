package no.gevinst.applications.boundary;

import no.gevinst.platform.entity.Checksums;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.control.PdfInspection;
import no.gevinst.applications.control.ReferenceNumbers;
import no.gevinst.applications.control.Submissions;
import no.gevinst.applications.entity.Application;
import no.gevinst.applications.entity.ApplicationContent;
import no.gevinst.applications.entity.Attachment;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.AttachmentContent;
import no.gevinst.applications.entity.SubmittedVersion;
import no.gevinst.calls.entity.Call;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.ApplicationRead;
import no.gevinst.platform.entity.ReadPart;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.StaleVersionException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.security.boundary.Callers;
import no.gevinst.platform.entity.Role;
import no.gevinst.platform.persistence.BatchReads;

/**
 * Applications: municipalities prepare, submit and withdraw their own; partners read joint ones; the directorate
 * reads every application that has been submitted. An application the caller may not read does not exist for them.
 */
@Stateless
@RolesAllowed({Role.Names.MUNICIPALITY, Role.Names.CASE_HANDLER, Role.Names.APPROVER, Role.Names.MANAGEMENT})
public class Applications {

    public static final String ENTITY = ApplicationRead.ENTITY_TYPE;

    /** A path step up or a leading slash, also percent-escaped: {@code ..}, {@code /etc}, {@code %2e%2e%2f}. */
    private static final java.util.regex.Pattern TRAVERSING = java.util.regex.Pattern.compile(
            "(^|/)\\.\\.(/|$)|^/|(?i)%(2e|2f|5c|00)");

    /** The columns a list can be sorted by, as the API and the tables name them. */
    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "a.reference",
            "title", "a.title",
            "status", "a.status",
            "municipality", "a.municipality.name",
            "municipality.name", "a.municipality.name",
            "requestedAmount", "a.requestedAmount",
            "submittedAt", "a.submittedAt",
            "createdAt", "a.createdAt",
            "budgetYear", "a.call.budgetYear");

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    ReferenceNumbers references;

    @Inject
    Submissions submissions;

    @Inject
    Clock clock;

    @Inject
    Event<ApplicationRead> reads;

    @Resource
    SessionContext session;

    /** A new, empty draft for the caller's municipality; the call must not have closed. */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Application create(long callId, ApplicationContent content) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            throw new InvalidInputException(List.of(Violation.of("callId", "validation.application.unknownCall")),
                    Application.LABELS);
        }
        Application application = new Application(call, callerMunicipality(), username(), clock.instant(),
                LocalDate.now(clock));
        application.revise(content, this::municipality);
        em.persist(application);
        em.flush();
        audit.record(AuditKind.APPLICATION_CREATED, ENTITY, String.valueOf(application.getId()), call.getTitle());
        return application;
    }

    /** The application, if the caller may read it. */
    public Optional<Application> find(long id) {
        return Optional.ofNullable(em.find(Application.class, id)).filter(this::mayRead);
    }

    /** Whether a submitted application of this id exists: for an administrator, who reads no application. */
    @RolesAllowed(Role.Names.ADMIN)
    public boolean exists(long id) {
        Application application = em.find(Application.class, id);
        return application != null && application.getReference() != null;
    }

    /** The application, if the caller may read it, to be shown whole: a read the access log records. */
    public Optional<Application> read(long id) {
        Optional<Application> found = find(id);
        found.ifPresent(application -> reads.fire(ApplicationRead.of(id, ReadPart.APPLICATION)));
        return found;
    }

    /** The application, or {@link NotFoundException} if it is not there for the caller. */
    public Application get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** Whether the caller may change the application: a user of the lead municipality, while it is editable. */
    public boolean mayEdit(Application application) {
        return session.isCallerInRole(Role.Names.MUNICIPALITY)
                && application.isLedBy(callerMunicipality().getNumber());
    }

    /**
     * Replaces what the application says, if the caller saw it at {@code expectedVersion} (null: skip the check,
     * for clients that do not send one).
     */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Application revise(long id, Long expectedVersion, ApplicationContent content) {
        Application application = editable(id, expectedVersion);
        application.revise(content, this::municipality);
        versions.changed(application);
        audit.record(AuditKind.APPLICATION_REVISED, ENTITY, String.valueOf(id), application.getTitle());
        return application;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Application submit(long id, Long expectedVersion) {
        Application application = editable(id, expectedVersion);
        application.submit(() -> references.next(application.getCall().getBudgetYear()), clock.instant(),
                LocalDate.now(clock));
        versions.changed(application);
        SubmittedVersion submitted = submissions.record(application, username());
        audit.record(AuditKind.APPLICATION_SUBMITTED, ENTITY, String.valueOf(id), application.getReference() + " v"
                + submitted.getNumber() + " sha256=" + submitted.getSha256());
        return application;
    }

    /** The application as submitted, each submission a version, the first first; for its readers. */
    public List<SubmittedVersion> submissions(long id) {
        return submissions.of(get(id));
    }

    /** The {@code number}th submission of the application, with its PDF. */
    public SubmittedVersion submission(long id, int number) {
        SubmittedVersion version = submissions.of(get(id)).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Submission " + number + " of " + ENTITY + " " + id));
        reads.fire(new ApplicationRead(id, ReadPart.SUBMISSION, version.fileName()));
        return version;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Application withdraw(long id, Long expectedVersion) {
        Application application = editable(id, expectedVersion);
        application.withdraw();
        versions.changed(application);
        audit.record(AuditKind.APPLICATION_WITHDRAWN, ENTITY, String.valueOf(id), application.getReference());
        return application;
    }

    /** Attaches a PDF, checked by its content, at most {@link Attachment#MAX_BYTES}. */
    @RolesAllowed(Role.Names.MUNICIPALITY)
    public Attachment attach(long id, String fileName, byte[] content) {
        Application application = editable(id, null);
        String name = safeFileName(fileName, "vedlegg.pdf");
        PdfInspection.requirePdf(content, Application.LABELS);
        String sha256 = Checksums.sha256(content);
        Attachment attachment = application.attachments().attach(name, "application/pdf", content.length, sha256,
                clock.instant(), username());
        versions.changed(application);
        em.persist(new AttachmentContent(attachment, content));
        audit.record(AuditKind.ATTACHMENT_ADDED, ENTITY, String.valueOf(id), name + " sha256=" + sha256);
        return attachment;
    }

    @RolesAllowed(Role.Names.MUNICIPALITY)
    public void detach(long id, long attachmentId) {
        Application application = editable(id, null);
        Attachment attachment = application.attachments().find(attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        application.attachments().detach(attachmentId);
        versions.changed(application);
        audit.record(AuditKind.ATTACHMENT_REMOVED, ENTITY, String.valueOf(id), attachment.getFileName());
    }

    /** An attachment's bytes, for a reader of its application. */
    public AttachmentDownload download(long id, long attachmentId) {
        Attachment attachment = get(id).attachments().find(attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        byte[] bytes = em.find(AttachmentContent.class, attachmentId).bytes();
        reads.fire(new ApplicationRead(id, attachment.getPurpose() == AttachmentPurpose.APPLICATION
                ? ReadPart.ATTACHMENT : ReadPart.EVIDENCE, attachment.getFileName()));
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), bytes);
    }

    /** An attachment's name, type and bytes. */
    public record AttachmentDownload(String fileName, String contentType, byte[] content) {
    }

    /** The applications the caller may read that match the filter, sorted by {@code sort} (see {@link #SORTABLE}). */
    public Page<Application> search(ApplicationFilter filter, String sort, boolean ascending, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (session.isCallerInRole(Role.Names.MUNICIPALITY)) {
            where.append(" and (a.municipality.number = :caller or a.id in (select b.id from Application b"
                    + " join b.partners p where p.number = :caller))");
            parameters.put("caller", callerMunicipality().getNumber());
        } else {
            where.append(" and a.reference is not null");
        }
        condition(where, parameters, "a.status = :status", "status", filter.status());
        condition(where, parameters, "a.call.id = :callId", "callId", filter.callId());
        condition(where, parameters, "a.call.budgetYear = :budgetYear", "budgetYear", filter.budgetYear());
        condition(where, parameters, "a.municipality.number = :municipality", "municipality", filter.municipality());
        condition(where, parameters, "a.municipality.county.number = :county", "county", filter.county());
        condition(where, parameters, "a.category = :category", "category", filter.category());
        String order = SORTABLE.getOrDefault(sort == null ? "" : sort, "a.createdAt");
        TypedQuery<Application> items = em.createQuery("select a from Application a" + where + " order by " + order
                + (ascending ? " asc" : " desc") + ", a.id desc", Application.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a" + where, Long.class);
        BatchReads.of(items, LISTED_WITH);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        var found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    /** What a list shows of each application, read for the whole page at once rather than row by row. */
    private static final List<String> LISTED_WITH = List.of("a.call", "a.municipality", "a.municipality.county",
            "a.municipality.successors", "a.partners", "a.partners.county", "a.partners.successors", "a.milestones",
            "a.benefitTargets", "a.attachments");

    public static boolean isSortable(String sort) {
        return SORTABLE.containsKey(sort);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private Application editable(long id, Long expectedVersion) {
        Application application = get(id);
        if (!mayEdit(application)) {
            throw new DomainException("application.partnerReadsOnly");
        }
        if (expectedVersion != null && application.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, application.getVersion());
        }
        return application;
    }

    private boolean mayRead(Application application) {
        if (session.isCallerInRole(Role.Names.MUNICIPALITY)) {
            String number = callerMunicipality().getNumber();
            return application.isLedBy(number) || application.hasPartner(number);
        }
        return application.getReference() != null;
    }

    private Municipality callerMunicipality() {
        return callers.municipality()
                .orElseThrow(() -> new IllegalStateException("A municipality user without a municipality: " + username()));
    }

    private Municipality municipality(String number) {
        return number == null ? null : em.find(Municipality.class, number);
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * Keeps the last part of a Windows path some browsers send, and nothing that could break a header. A name that
     * climbs out of its folder ({@code ../}), starts at the root or hides such steps in percent escapes is refused:
     * no browser sends one, so it comes from a client probing for path traversal.
     */
    public static String safeFileName(String fileName, String otherwise) {
        if (fileName == null || fileName.isBlank()) {
            return otherwise;
        }
        String name = fileName.replace('\\', '/');
        if (TRAVERSING.matcher(name).find()) {
            throw new InvalidInputException(List.of(Violation.of("file", "validation.attachment.fileName")),
                    Application.LABELS);
        }
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").trim();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? otherwise : name;
    }
}
