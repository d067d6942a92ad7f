package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows, each a map from column name to value (values are bound as JDBC parameters, or
 * rendered as literals in offline mode). Rows may name different columns. Not reversible.
 *
 * @param table the table
 * @param rows the rows, in insertion order; maps keep their iteration order as column order
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
    /** Validates and copies the components (values may be {@code null}). */
    public BulkInsert {
        Names.require(table, "table name");
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, ?> row : rows) {
            if (row.isEmpty()) {
                throw new InvalidOperationException("bulkInsert " + table + ": a row has no columns");
            }
            row.keySet().forEach(k -> Names.require(k, "bulkInsert " + table + " column name"));
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
