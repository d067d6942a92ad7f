package dev.retort.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A column of a {@link Table}, for building conditions: {@code user.column("is_active").eq(true)}.
 * The column name is quoted for the database; values are bound. Comparing with {@code null}
 * through {@link #eq} and {@link #ne} means {@code IS NULL} and {@code IS NOT NULL}, since
 * {@code = NULL} never matches. Immutable.
 */
public final class ColumnRef {
    private final String name;

    ColumnRef(String name) {
        this.name = name;
    }

    /** The column's name. */
    public String name() {
        return name;
    }

    /** {@code column = value} ({@code IS NULL} for {@code null}). */
    public Condition eq(Object value) {
        return value == null ? isNull() : compare(" = ", value);
    }

    /** {@code column <> value} ({@code IS NOT NULL} for {@code null}). */
    public Condition ne(Object value) {
        return value == null ? isNotNull() : compare(" <> ", value);
    }

    /** {@code column < value}. */
    public Condition lt(Object value) {
        return compare(" < ", value);
    }

    /** {@code column <= value}. */
    public Condition le(Object value) {
        return compare(" <= ", value);
    }

    /** {@code column > value}. */
    public Condition gt(Object value) {
        return compare(" > ", value);
    }

    /** {@code column >= value}. */
    public Condition ge(Object value) {
        return compare(" >= ", value);
    }

    /** {@code column LIKE pattern}. */
    public Condition like(String pattern) {
        return compare(" LIKE ", pattern);
    }

    /** {@code column IS NULL}. */
    public Condition isNull() {
        return Condition.of(Fragment.name(name).then(" IS NULL"));
    }

    /** {@code column IS NOT NULL}. */
    public Condition isNotNull() {
        return Condition.of(Fragment.name(name).then(" IS NOT NULL"));
    }

    /** {@code column IN (...)}; an empty list matches no row. */
    public Condition in(Collection<?> values) {
        if (values.isEmpty()) {
            return Condition.of(Fragment.sql("1 = 0"));
        }
        List<Fragment> items = new ArrayList<>(values.size());
        values.forEach(v -> items.add(Fragment.value(v)));
        return Condition.of(Fragment.name(name)
                .then(" IN (")
                .then(Fragment.join(items, ", "))
                .then(")"));
    }

    /** {@code column IN (...)}. */
    public Condition in(Object... values) {
        return in(Arrays.asList(values));
    }

    private Condition compare(String operator, Object value) {
        return Condition.of(Fragment.name(name).then(operator).then(Fragment.value(value)));
    }
}
