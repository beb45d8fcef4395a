package no.gevinst.audit.control;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses every update and delete of an audit event (PostgreSQL does the same with a
 * PL/pgSQL trigger): the trail is evidence, and evidence is only ever added to.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
