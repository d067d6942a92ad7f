package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs SQL written by hand, with {@code ?} placeholders bound to {@code params} (rendered as
 * literals in offline mode). Not reversible.
 *
 * @param sql the statement
 * @param params the bound parameters, in placeholder order (values may be {@code null})
 */
public record Execute(String sql, List<Object> params) implements Operation {
    /** Validates and copies the components. */
    public Execute {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new InvalidOperationException("execute(): the SQL is blank");
        }
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
