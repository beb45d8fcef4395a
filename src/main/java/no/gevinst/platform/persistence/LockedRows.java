package no.gevinst.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * Rows that serialise the acts on them by being locked (a budget year's committed sum, a year's reference counter),
 * made on first use. A missing row is created in a transaction of its own, committed before anyone locks it, so that
 * two callers who both found none both lock the one row that the primary key let in.
 */
@Stateless
public class LockedRows {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The row, locked (SELECT … FOR UPDATE) until the caller's transaction ends; created first if there is none. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public <T> T locked(Class<T> type, Object id, Supplier<T> newRow) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                session.getBusinessObject(LockedRows.class).create(newRow.get());
            } catch (EJBException createdByAnotherAtTheSameMoment) {
                // the primary key let only one of them in; the row is there either way
            }
            row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(Object row) {
        em.persist(row);
        em.flush();
    }
}
