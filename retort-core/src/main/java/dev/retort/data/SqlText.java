package dev.retort.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rendered statement: SQL with {@code ?} placeholders and the values bound to them, in order.
 *
 * @param sql the statement, identifiers quoted for the database
 * @param params the bound values (may contain {@code null}); never logged
 */
public record SqlText(String sql, List<Object> params) {
    /** Copies the parameters (which may include {@code null}). */
    public SqlText {
        Objects.requireNonNull(sql, "sql");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
