package no.gevinst.audit.control;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses every change of a row of evidence: an audit event's update and delete, an
 * access record's update (PostgreSQL does the same with PL/pgSQL triggers). Evidence is only ever added to.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "audit_event";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
