package no.gevinst.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** A prepared insert whose rows are sent when {@link #flush()}ed, by generators that fill a database over JDBC. */
public final class JdbcBatch {

    private final PreparedStatement statement;
    private final Set<String> seen = new HashSet<>();
    private int rows;

    public JdbcBatch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Adds the row unless a row with this key was added before. */
    public void addUnique(String key, Object... values) throws SQLException {
        if (seen.add(key)) {
            add(values);
        }
    }

    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
    }

    public void flush() throws SQLException {
        statement.executeBatch();
    }

    /** Rows added so far. */
    public int rows() {
        return rows;
    }
}
