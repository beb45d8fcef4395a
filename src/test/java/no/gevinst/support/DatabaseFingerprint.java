package no.gevinst.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a restored database must have of the original: the rows of every table, and the money — per budget year what
 * was granted, freed and forfeited, per payment status what was paid and withheld, and the batches' totals. Read the
 * same way from H2 and PostgreSQL.
 */
public final class DatabaseFingerprint {

    private static final List<String> LEDGER = List.of(
            "select budget_year, count(*), sum(amount), sum(freed), sum(forfeited) from grant_award"
                    + " group by budget_year order by budget_year",
            "select status, kind, count(*), sum(gross), sum(withheld), sum(net) from payment group by status, kind"
                    + " order by status, kind",
            "select status, count(*), sum(total), sum(payment_count) from payment_batch group by status order by status",
            "select budget_year, committed from budget_year order by budget_year",
            "select count(*), max(id) from audit_event");

    private DatabaseFingerprint() {
    }

    public static Map<String, String> of(Connection db) throws SQLException {
        Map<String, String> print = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getTables(null, null, "%", null)) {
            while (rows.next()) {
                // "TABLE" on PostgreSQL, "BASE TABLE" on H2
                if ("public".equalsIgnoreCase(rows.getString("TABLE_SCHEM"))
                        && rows.getString("TABLE_TYPE").endsWith("TABLE")) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        try (Statement sql = db.createStatement()) {
            for (String table : tables) {
                print.put("rows of " + table.toLowerCase(), rows(sql, "select count(*) from \"" + table + "\""));
            }
            for (String query : LEDGER) {
                print.put(query, rows(sql, query));
            }
        }
        return print;
    }

    private static String rows(Statement sql, String query) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = sql.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    text.append(value instanceof java.math.BigDecimal amount ? amount.stripTrailingZeros().toPlainString()
                            : String.valueOf(value)).append(i < columns ? " " : "; ");
                }
            }
        }
        return text.toString();
    }
}
