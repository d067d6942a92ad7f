package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of the migration benchmark: the {@link Workload}'s DDL over one raw JDBC connection,
 * one transaction and one commit per revision, as Retort's runs are bounded. Run as its own process
 * with the same JVM flags as {@code retort}: {@code RawDdl URL COUNT [one-transaction]}; with
 * {@code one-transaction} everything commits once at the end (the floor the figures for
 * other tools were measured against).
 */
public final class RawDdl {
    private RawDdl() {}

    /** Creates tables 1 to COUNT in the database at URL. */
    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        boolean once = args.length > 2 && args[2].equals("one-transaction");
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : Workload.statements(Workload.table(i))) {
                        statement.execute(sql);
                    }
                }
                if (!once) {
                    connection.commit();
                }
            }
            connection.commit();
        }
    }
}
