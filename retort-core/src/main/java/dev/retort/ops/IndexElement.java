package dev.retort.ops;

import java.util.Objects;

/**
 * One element of an index: a column (quoted as the database needs) or a SQL expression (written
 * as it is, such as {@code lower(email)}).
 *
 * @param text the column name or the expression
 * @param expression whether {@code text} is an expression rather than a column name
 */
public record IndexElement(String text, boolean expression) {
    /** Validates the components. */
    public IndexElement {
        Objects.requireNonNull(text, "text");
        if (expression ? text.isBlank() : text.isEmpty()) {
            throw new InvalidOperationException("index element must not be empty");
        }
        if (!expression) {
            Names.require(text, "index column name");
        }
    }

    /** An indexed column. */
    public static IndexElement column(String name) {
        return new IndexElement(name, false);
    }

    /** An indexed expression. */
    public static IndexElement expression(String sql) {
        return new IndexElement(sql, true);
    }
}
