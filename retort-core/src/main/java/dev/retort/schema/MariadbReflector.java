package dev.retort.schema;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

final class MariadbReflector extends CatalogReflector {
    MariadbReflector(Connection connection, boolean mysql) {
        super(connection, "x");
    }

    @Override
    List<String> readTableNames() {
        return List.of();
    }

    @Override
    Optional<TableSchema> readTable(String name) {
        return Optional.empty();
    }

    @Override
    boolean readHasTable(String name) {
        return false;
    }

    @Override
    List<String> readIndexNames(String table) {
        return List.of();
    }
}
