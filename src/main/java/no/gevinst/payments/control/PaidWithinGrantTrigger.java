package no.gevinst.payments.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses a payment or a grant that would make the grant's live payments (every payment
 * not rejected) exceed the granted amount (PostgreSQL does the same with a PL/pgSQL trigger). Fired before each
 * insert or update of a payment and each update of a grant; see {@code V19__ledger_constraints_and_views.sql}.
 */
public class PaidWithinGrantTrigger implements Trigger {

    private boolean payment;
    private int id;
    private int grant;
    private int net;
    private int status;
    private int amount;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        payment = table.equalsIgnoreCase("payment");
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        id = columns.indexOf("id");
        grant = columns.indexOf("application_id");
        net = columns.indexOf("net");
        status = columns.indexOf("status");
        amount = columns.indexOf("amount");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long grantId = ((Number) newRow[grant]).longValue();
        BigDecimal granted;
        BigDecimal live;
        if (payment) {
            granted = single(connection, "select amount from grant_award where application_id = ?", grantId, null);
            live = single(connection, "select coalesce(sum(net), 0) from payment where application_id = ?"
                    + " and status <> 'REJECTED' and id <> ?", grantId, ((Number) newRow[id]).longValue());
            if (!"REJECTED".equals(newRow[status])) {
                live = live.add((BigDecimal) newRow[net]);
            }
        } else {
            granted = (BigDecimal) newRow[amount];
            live = single(connection, "select coalesce(sum(net), 0) from payment where application_id = ?"
                    + " and status <> 'REJECTED'", grantId, null);
        }
        if (granted != null && live.compareTo(granted) > 0) {
            throw new SQLException("Check constraint violation: ck_payment_within_grant: live payments of grant "
                    + grantId + " (" + live + ") exceed the granted " + granted, "23514");
        }
    }

    private static BigDecimal single(Connection connection, String sql, long grantId, Long paymentId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, grantId);
            if (paymentId != null) {
                statement.setLong(2, paymentId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        }
    }
}
