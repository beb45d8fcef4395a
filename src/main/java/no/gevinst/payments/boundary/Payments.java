package no.gevinst.payments.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.applications.control.ApplicationVersions;
import no.gevinst.applications.entity.Application;
import no.gevinst.calls.entity.SchemeSettings;
import no.gevinst.audit.boundary.AuditTrail;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.budget.control.BudgetYears;
import no.gevinst.budget.entity.BudgetYear;
import no.gevinst.municipalities.entity.BankAccountNumber;
import no.gevinst.payments.control.Pain001;
import no.gevinst.payments.control.GrantLocks;
import no.gevinst.payments.entity.Grant;
import no.gevinst.payments.entity.Payment;
import no.gevinst.payments.entity.PaymentBatch;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.platform.entity.DomainException;
import no.gevinst.platform.entity.Money;
import no.gevinst.platform.entity.NotFoundException;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.Checksums;
import no.gevinst.platform.entity.Role;

/**
 * Payments after they are proposed: the approver's second signature or rejection, gathering approved payments into
 * a batch, and the batch's bank file. Every act on a payment locks its grant first, as the acts that create them do.
 */
@Stateless
@RolesAllowed(Role.Names.APPROVER)
public class Payments {

    static final String ENTITY = "Payment";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationVersions versions;

    @Inject
    BudgetYears budgetYears;

    @Inject
    GrantLocks locks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Payments, the newest first, by status and the budget year of their grant (either may be null). */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT, Role.Names.ACCOUNTING_SYSTEM})
    public Page<Payment> search(PaymentStatus status, Integer budgetYear, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and p.status = :status");
        }
        if (budgetYear != null) {
            where.append(" and p.grant.budgetYear = :year");
        }
        TypedQuery<Payment> items = em.createQuery("select p from Payment p" + where + " order by p.id desc",
                Payment.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (budgetYear != null) {
                query.setParameter("year", budgetYear);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    /**
     * The second signature: never by the one who proposed the payment or verified what it pays, and only while the
     * municipality has the account in the register that the bank file will pay to.
     */
    public Payment approve(long paymentId) {
        Payment payment = locked(paymentId);
        registerAccount(em.find(Application.class, payment.getGrant().getApplicationId()), "payment.noRegisterAccount");
        payment.getGrant().approvePayment(payment, caller(), clock.instant());
        em.flush();
        audit.record(AuditKind.PAYMENT_APPROVED, ENTITY, String.valueOf(paymentId), describe(payment));
        return payment;
    }

    /** Back to the case handler with a reason; its milestone is reported again. */
    public Payment reject(long paymentId, String reason) {
        Payment payment = locked(paymentId);
        Grant grant = payment.getGrant();
        Application application = em.find(Application.class, grant.getApplicationId());
        Money backToFrame = grant.rejectPayment(application, payment, caller(), reason, clock.instant());
        String freed = "";
        if (backToFrame.compareTo(Money.ZERO) > 0) {
            BudgetYear budget = budgetYears.locked(grant.getBudgetYear());
            Money before = budget.getCommitted();
            budget.free(backToFrame);
            freed = "; the grant has ended, so its milestone is freed: committed " + grant.getBudgetYear() + " "
                    + before + " -> " + budget.getCommitted();
        }
        versions.changed(application);
        audit.record(AuditKind.PAYMENT_REJECTED, ENTITY, String.valueOf(paymentId), describe(payment) + ": " + reason + freed);
        return payment;
    }

    /**
     * Gathers every approved payment not yet in a batch whose municipality has an account in the register; one whose
     * account an administrator removed after its approval waits, approved, for the next batch (the event says how
     * many wait), so that it holds back no other municipality's money. Two approvers gathering at once cannot put a
     * payment in two batches: the primary key of {@code payment_batch_item} lets only one of them commit.
     */
    public PaymentBatch gather() {
        String unbatched = "select p from Payment p, Application a where p.status = :approved"
                + " and a.id = p.grant.applicationId"
                + " and not exists (select b from PaymentBatch b join b.payments q where q = p)";
        List<Payment> approved = em.createQuery(unbatched + " and a.municipality.bankAccount is not null order by p.id",
                Payment.class).setParameter("approved", PaymentStatus.APPROVED).getResultList();
        long waiting = em.createQuery(unbatched.replace("select p ", "select count(p) ")
                + " and a.municipality.bankAccount is null", Long.class)
                .setParameter("approved", PaymentStatus.APPROVED).getSingleResult();
        PaymentBatch batch = PaymentBatch.gather(approved, caller(), clock.instant());
        em.persist(batch);
        em.flush();
        audit.record(AuditKind.PAYMENT_BATCH_CREATED, "PaymentBatch", String.valueOf(batch.getId()), batch.getCount()
                + " payments, total " + batch.getTotal() + (waiting > 0 ? "; " + waiting
                        + " approved payment(s) wait for an account in the municipality register" : ""));
        return batch;
    }

    /** Those of the payments {@code ids} that are proposed now, however many others wait, by id. */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT, Role.Names.ACCOUNTING_SYSTEM})
    public java.util.Map<Long, Payment> proposed(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select p from Payment p where p.id in :ids and p.status = :status", Payment.class)
                .setParameter("ids", ids).setParameter("status", PaymentStatus.PROPOSED).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Payment::getId, java.util.function.Function.identity()));
    }

    /** The references of the applications behind some payments, by application id. */
    @RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.MANAGEMENT, Role.Names.ACCOUNTING_SYSTEM})
    public java.util.Map<Long, String> references(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select a.id, a.reference from Application a where a.id in :ids", Object[].class)
                .setParameter("ids", applicationIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** The batches, the newest first. */
    @RolesAllowed({Role.Names.APPROVER, Role.Names.ACCOUNTING_SYSTEM})
    public List<PaymentBatch> batches(int max) {
        return em.createQuery("select b from PaymentBatch b order by b.id desc", PaymentBatch.class).setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed({Role.Names.APPROVER, Role.Names.ACCOUNTING_SYSTEM})
    public PaymentBatch batch(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        if (batch == null) {
            throw new NotFoundException("Payment batch " + batchId);
        }
        return batch;
    }

    /**
     * The batch's bank file: written and stored at the first export, which marks the batch and its payments sent;
     * every later export returns the same bytes.
     */
    @RolesAllowed({Role.Names.APPROVER, Role.Names.ACCOUNTING_SYSTEM})
    public byte[] export(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new NotFoundException("Payment batch " + batchId);
        }
        boolean first = batch.getSentAt() == null;
        SchemeSettings settings = em.find(SchemeSettings.class, SchemeSettings.ID);
        String messageId = "GEVINST-B" + batchId;
        byte[] file = batch.export(b -> Pain001.write(messageId, clock.instant(), LocalDate.now(clock),
                debtor(settings), b.getPayments().stream().map(this::transfer).toList()), messageId, caller(),
                clock.instant(), Checksums::sha256);
        if (first) {
            em.flush();
            audit.record(AuditKind.PAYMENT_BATCH_SENT, "PaymentBatch", String.valueOf(batchId), batch.getCount()
                    + " payments, total " + batch.getTotal() + ", file sha256 " + batch.getSha256());
        }
        return file;
    }

    private static Pain001.Debtor debtor(SchemeSettings settings) {
        String account = settings.getDebtorAccount().map(BankAccountNumber::value)
                .orElseThrow(() -> new DomainException("batch.noDebtorAccount"));
        return new Pain001.Debtor(settings.getDebtorName().orElse("Helsedirektoratet"), null, account);
    }

    /**
     * One credit transfer, named by the grant and milestone: to the municipality's account in the register that
     * administrators keep, never to the account typed into the application (see docs/payments.md).
     */
    private Pain001.Transfer transfer(Payment payment) {
        Application application = em.find(Application.class, payment.getGrant().getApplicationId());
        String what = payment.getKind() == PaymentKind.RELEASE ? "REL" : "M" + (payment.getMilestone().getPosition() + 1);
        String remittance = payment.getKind() == PaymentKind.RELEASE
                ? "Tilskudd " + application.getReference() + ": tilbakeholdt beløp utbetalt ved drift"
                : "Tilskudd " + application.getReference() + " milepæl " + (payment.getMilestone().getPosition() + 1)
                        + ": " + payment.getMilestone().getTitle();
        return new Pain001.Transfer("P" + payment.getId(), application.getReference() + "-" + what + "-P"
                + payment.getId(), payment.getNet(), application.getMunicipality().getName() + " kommune",
                registerAccount(application, "batch.noRegisterAccount"), remittance);
    }

    /** The account the register gives the application's municipality; refused with {@code refusal} if none. */
    private static String registerAccount(Application application, String refusal) {
        return application.getMunicipality().getBankAccount().map(BankAccountNumber::value)
                .orElseThrow(() -> new DomainException(refusal, application.getMunicipality().getName()));
    }

    /** The payment, read again after its application's and grant's rows are locked (in {@link GrantLocks}' order). */
    private Payment locked(long paymentId) {
        Payment found = em.find(Payment.class, paymentId);
        if (found == null) {
            throw new NotFoundException(ENTITY + " " + paymentId);
        }
        locks.lock(em.find(Application.class, found.getGrant().getApplicationId()));
        em.refresh(found);
        return found;
    }

    private static String describe(Payment payment) {
        return payment.getKind() + " payment of grant " + payment.getGrant().getApplicationId() + ": gross "
                + payment.getGross() + ", withheld " + payment.getWithheld() + ", net " + payment.getNet();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
