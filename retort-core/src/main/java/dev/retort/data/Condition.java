package dev.retort.data;

import java.util.List;
import java.util.Objects;

/**
 * A {@code WHERE} condition: from a column ({@code user.column("is_active").eq(true)}), from SQL
 * with bound values ({@code Condition.sql("email = ? OR email IS NULL", "")}), or combined with
 * {@link #and}, {@link #or} and {@link #not}. Values are always bound, never spliced into the SQL.
 * Immutable.
 */
public final class Condition {
    /** What the condition's text is, so that combining it adds parentheses only where needed. */
    private enum Shape {
        SINGLE,
        AND,
        OR,
        SQL
    }

    private final Fragment fragment;
    private final Shape shape;

    private Condition(Fragment fragment, Shape shape) {
        this.fragment = fragment;
        this.shape = shape;
    }

    /**
     * A condition written in SQL with {@code ?} placeholders bound to {@code params}. Identifiers in
     * it are written as the database needs them (see {@code op.quote}).
     */
    public static Condition sql(String sql, Object... params) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a condition's SQL must not be blank");
        }
        return new Condition(Fragment.sql(sql, params), Shape.SQL);
    }

    static Condition of(Fragment fragment) {
        return new Condition(fragment, Shape.SINGLE);
    }

    /** Both this and {@code other}. */
    public Condition and(Condition other) {
        return new Condition(operand(Shape.AND).then(" AND ").then(other.operand(Shape.AND)), Shape.AND);
    }

    /** This or {@code other}. */
    public Condition or(Condition other) {
        return new Condition(operand(Shape.OR).then(" OR ").then(other.operand(Shape.OR)), Shape.OR);
    }

    /** The negation of this condition. */
    public Condition not() {
        return new Condition(Fragment.sql("NOT ").then(operand(Shape.SINGLE)), Shape.SINGLE);
    }

    /** All of the conditions ({@code AND}); at least one. */
    static Condition all(List<Condition> conditions) {
        Condition result = conditions.get(0);
        for (int i = 1; i < conditions.size(); i++) {
            result = result.and(conditions.get(i));
        }
        return result;
    }

    Fragment fragment() {
        return fragment;
    }

    /** The condition as an operand of AND, OR or NOT: parenthesised unless a comparison or the same operator. */
    private Fragment operand(Shape parent) {
        boolean bare = shape == Shape.SINGLE || (shape == parent && parent != Shape.SINGLE);
        return bare ? fragment : Fragment.sql("(").then(fragment).then(")");
    }
}
