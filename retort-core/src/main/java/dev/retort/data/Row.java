package dev.retort.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row handed to a {@link RowTransform}: the values read (column names match in any case, since
 * databases report them differently) and the values the transform sets. Not thread-safe.
 */
public final class Row {
    private final String table;
    private final Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Object> changes = new LinkedHashMap<>();

    Row(String table, Map<String, Object> read) {
        this.table = table;
        values.putAll(read);
    }

    /** The value read from {@code column}. */
    public Object get(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("backfill of " + table + ": column " + column + " was not read; read "
                    + values.keySet() + ", add it to b.read(...)");
        }
        return values.get(column);
    }

    /** The value read from {@code column}, converted to {@code type} (numbers convert between widths). */
    public <T> T get(String column, Class<T> type) {
        return Queries.convert(get(column), type, "backfill of " + table + ", column " + column);
    }

    /** The value read from {@code column} as text. */
    public String getString(String column) {
        return get(column, String.class);
    }

    /** The value read from {@code column} as a long (null for NULL). */
    public Long getLong(String column) {
        return get(column, Long.class);
    }

    /** Sets {@code column} to {@code value} (bound) in this row's update. */
    public Row set(String column, Object value) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("backfill of " + table + ": a column name must not be blank");
        }
        changes.put(column, value);
        return this;
    }

    Map<String, Object> changes() {
        return Collections.unmodifiableMap(changes);
    }
}
