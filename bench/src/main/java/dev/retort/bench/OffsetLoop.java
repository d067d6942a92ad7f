package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Batch Data Migration" example of the patterns guide, as written: select a page of rows
 * {@code WHERE new_field IS NULL LIMIT 1000 OFFSET n}, update them one by one, advance the offset.
 * Updated rows leave the filter while the offset still advances, so it skips rows, and each page
 * scans past everything before it. Runs in one transaction, as an Alembic migration does.
 */
final class OffsetLoop {
    private OffsetLoop() {}

    /** Runs the loop; returns the rows it updated. */
    static long run(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        long updated = 0;
        int offset = 0;
        int batch = 1000;
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE large_table SET new_field = ? WHERE id = ?")) {
            while (true) {
                List<Object[]> page = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                                "SELECT id, old_field FROM large_table WHERE new_field IS NULL LIMIT " + batch
                                        + " OFFSET " + offset);
                        ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
                if (page.isEmpty()) {
                    break;
                }
                for (Object[] row : page) {
                    String old = (String) row[1];
                    update.setString(1, old == null ? null : old.toUpperCase(Locale.ROOT));
                    update.setLong(2, (Long) row[0]);
                    updated += update.executeUpdate();
                }
                offset += batch;
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        return updated;
    }
}
