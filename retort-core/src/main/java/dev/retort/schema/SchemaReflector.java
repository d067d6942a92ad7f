package dev.retort.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tables of a live database: columns, keys, constraints, indexes, triggers and comments.
 *
 * <p>Only tables of the connection's current schema (PostgreSQL {@code current_schema()}, the
 * MariaDB/MySQL current database, H2's current schema, SQLite's {@code main}) are seen. Catalog
 * queries bind identifiers as parameters. A reflector uses the connection it was given and never
 * closes it; like the connection, it is not thread-safe.
 *
 * <p>Names are reported as the catalog stores them, with one exception: H2 stores unquoted names
 * in upper case, so a name that is entirely upper case ({@code USERS}) is reported in lower case
 * ({@code users}) and a lower-case name given to a lookup also finds the upper-case table. Constraint
 * names that the database generated ({@code t_a_check}, {@code CONSTRAINT_4}, {@code t_ibfk_1}) are
 * reported as they are; only SQLite keeps constraints unnamed (see {@link SqliteTableDefinition}).
 *
 * <p>On MariaDB and MySQL a unique index and a unique constraint are one object; it is reported
 * as a {@link UniqueConstraint}, never as an {@link IndexSchema}. The index MariaDB creates for a
 * foreign key is reported as an index.
 */
public interface SchemaReflector {

    /**
     * A reflector for the database behind {@code connection}, chosen by its product name (SQLite,
     * PostgreSQL, MariaDB or MySQL, H2).
     *
     * @throws SchemaReflectionException if the database is not one of those
     */
    static SchemaReflector forConnection(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new SchemaReflectionException(
                    "cannot tell which database the connection is to (" + e.getMessage()
                            + "); check that the connection is open",
                    e);
        }
        switch (product.toLowerCase(Locale.ROOT)) {
            case "sqlite":
                return new SqliteReflector(connection);
            case "postgresql":
                return new PostgresReflector(connection);
            case "mariadb":
                return new MariadbReflector(connection, false);
            case "mysql":
                return new MariadbReflector(connection, true);
            case "h2":
                return new H2Reflector(connection);
            default:
                throw new SchemaReflectionException("cannot reflect schemas of " + product
                        + "; Retort reflects SQLite, PostgreSQL, MariaDB, MySQL and H2");
        }
    }

    /** The names of the user tables in the current schema, sorted. */
    List<String> tableNames();

    /** The table with this name, or empty when there is none. */
    Optional<TableSchema> table(String name);

    /** Whether the table exists. */
    boolean hasTable(String name);

    /**
     * The names of the table's standalone indexes: those {@link TableSchema#indexes()} reports, found
     * without reflecting the whole table. Empty when the table does not exist.
     */
    Set<String> indexNames(String table);
}
