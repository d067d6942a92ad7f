package dev.retort.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part every database's reflector shares: running catalog queries with bound parameters and
 * turning {@link SQLException}s into one-line {@link SchemaReflectionException}s.
 */
abstract class CatalogReflector implements SchemaReflector {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogReflector.class);

    final Connection connection;
    private final String database;

    CatalogReflector(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
    }

    /** Reads one value of a result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A catalog read that may fail with an {@link SQLException}. */
    @FunctionalInterface
    interface CatalogRead<T> {
        T run() throws SQLException;
    }

    abstract List<String> readTableNames() throws SQLException;

    abstract Optional<TableSchema> readTable(String name) throws SQLException;

    abstract boolean readHasTable(String name) throws SQLException;

    abstract List<String> readIndexNames(String table) throws SQLException;

    @Override
    public final List<String> tableNames() {
        return reading("the table names", this::readTableNames);
    }

    @Override
    public final Optional<TableSchema> table(String name) {
        return reading("table " + name, () -> readTable(name));
    }

    @Override
    public final boolean hasTable(String name) {
        return reading("table " + name, () -> readHasTable(name));
    }

    @Override
    public final Set<String> indexNames(String table) {
        return reading("the indexes of table " + table, () -> new LinkedHashSet<>(readIndexNames(table)));
    }

    private <T> T reading(String subject, CatalogRead<T> read) {
        try {
            return read.run();
        } catch (SQLException e) {
            throw new SchemaReflectionException(
                    "cannot read " + subject + " from the " + database + " catalog (" + oneLine(e.getMessage())
                            + "); check that the connection is open and may read the catalog",
                    e);
        }
    }

    /** Runs a catalog query, binding {@code parameters} in order, and reads every row. */
    final <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        LOG.debug("{} catalog query: {}", database, sql);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }

    /** The string in column {@code index}, empty when it is SQL {@code NULL} or an empty string. */
    static Optional<String> text(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String oneLine(String message) {
        return message == null
                ? "no message"
                : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
