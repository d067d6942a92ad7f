package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.graph.VersionChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The version table: one row per current head, in Alembic's shape ({@code version_num}), so that a
 * database managed by Alembic can be adopted by pointing the name at {@code alembic_version}.
 *
 * <p>Writes go through a {@link SqlSink}, so that the same code serves live runs (inside the
 * revision's transaction) and offline scripts.
 */
final class VersionTable {
    private final Dialect dialect;
    private final Optional<String> schema;
    private final String name;

    VersionTable(Dialect dialect, Optional<String> schema, String name) {
        this.dialect = dialect;
        this.schema = schema;
        this.name = name;
    }

    /** The table's name as written in SQL, schema-qualified and quoted where needed. */
    String qualifiedName() {
        return Tables.qualified(dialect, schema, name);
    }

    /** Whether the table exists (read-only commands must not create it). */
    boolean exists(Connection connection) {
        return Tables.exists(connection, schema, name);
    }

    /** Creates the table if it is missing. */
    void create(SqlSink sink) {
        sink.execute("CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (version_num VARCHAR(255) NOT NULL, "
                + "CONSTRAINT " + dialect.quote(name + "_pkc") + " PRIMARY KEY (version_num))");
    }

    /** The revisions the database is at; empty when the table does not exist (base). */
    Set<String> read(Connection connection) {
        Set<String> heads = new LinkedHashSet<>();
        if (!exists(connection)) {
            return heads;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + qualifiedName())) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read version table " + qualifiedName() + ": " + e.getMessage(), e);
        }
        return heads;
    }

    /** Applies one step's changes to the rows. */
    void apply(SqlSink sink, List<VersionChange> changes) {
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                sink.execute(
                        "INSERT INTO " + qualifiedName() + " (version_num) VALUES (?)", List.of(insert.revision()));
            } else if (change instanceof VersionChange.Delete delete) {
                sink.execute("DELETE FROM " + qualifiedName() + " WHERE version_num = ?", List.of(delete.revision()));
            } else if (change instanceof VersionChange.Update update) {
                sink.execute(
                        "UPDATE " + qualifiedName() + " SET version_num = ? WHERE version_num = ?",
                        List.of(update.to(), update.from()));
            }
        }
    }

    /** Removes every row ({@code stamp --purge}). */
    void purge(SqlSink sink) {
        sink.execute("DELETE FROM " + qualifiedName());
    }
}
