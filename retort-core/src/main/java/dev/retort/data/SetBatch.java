package dev.retort.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A set-based batch: one {@code UPDATE ... WHERE key > lo AND key <= hi [AND filter]}. */
final class SetBatch implements BatchWork {
    private final Keyset keyset;
    private final List<Fragment> assignments;

    SetBatch(Keyset keyset, List<Fragment> assignments) {
        this.keyset = keyset;
        this.assignments = assignments;
    }

    @Override
    public long run(Connection connection, List<Object> lo, List<Object> hi) throws SQLException {
        SqlText update = keyset.update(assignments, lo, hi);
        try (PreparedStatement statement = connection.prepareStatement(update.sql())) {
            Queries.bind(statement, update.params());
            return statement.executeUpdate();
        }
    }
}
