package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Naming and existence checks shared by Retort's own tables. */
final class Tables {
    private Tables() {}

    static String qualified(Dialect dialect, Optional<String> schema, String name) {
        return schema.map(s -> dialect.quote(s) + ".").orElse("") + dialect.quote(name);
    }

    private static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /**
     * Whether a table exists. Metadata is asked with the name as given and folded to both cases,
     * because databases fold unquoted names differently (PostgreSQL lower, H2 upper).
     */
    static boolean exists(Connection connection, Optional<String> schema, String name) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            for (String candidate : new LinkedHashSet<>(List.of(name, name.toLowerCase(), name.toUpperCase()))) {
                // unqualified means the connection's current schema, not every schema
                String schemaPattern = schema.orElse(currentSchema(connection));
                try (ResultSet rs = meta.getTables(catalog, schemaPattern, candidate, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the database's table list: " + e.getMessage(), e);
        }
    }
}
