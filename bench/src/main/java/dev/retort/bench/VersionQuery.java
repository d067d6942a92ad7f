package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of {@code retort current}: a bare JVM that connects and reads the version table.
 * {@code VersionQuery URL}.
 */
public final class VersionQuery {
    private VersionQuery() {}

    /** Prints the rows of {@code retort_version}. */
    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0]);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM retort_version")) {
            while (rows.next()) {
                System.out.println(rows.getString(1));
            }
        }
    }
}
