package dev.retort.data;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code UPDATE} being built: {@code user.update().set("status", "inactive")
 * .where(user.column("is_active").eq(false)).execute()}. Without a condition every row is updated.
 * Not thread-safe; {@link #execute()} may be called more than once.
 */
public final class Update {
    private final Table table;
    private final List<Fragment> assignments = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();

    Update(Table table) {
        this.table = table;
    }

    /** Sets {@code column} to a bound value. */
    public Update set(String column, Object value) {
        assignments.add(Fragment.name(table.check(column)).then(" = ").then(Fragment.value(value)));
        return this;
    }

    /** Sets {@code column} to a SQL expression, with {@code ?} placeholders bound to {@code params}: {@code setSql("email", "lower(email)")}. */
    public Update setSql(String column, String expression, Object... params) {
        assignments.add(Fragment.name(table.check(column)).then(" = ").then(Fragment.sql(expression, params)));
        return this;
    }

    /** Adds a condition (several are combined with {@code AND}). */
    public Update where(Condition condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition in SQL with bound values. */
    public Update where(String sql, Object... params) {
        return where(Condition.sql(sql, params));
    }

    /** The statement as it will run on this database. */
    public SqlText sql() {
        if (assignments.isEmpty()) {
            throw new IllegalStateException("update of " + table.name() + " sets no column; call set(...) first");
        }
        Fragment sql =
                Fragment.sql("UPDATE ").then(table.quotedName()).then(" SET ").then(Fragment.join(assignments, ", "));
        if (!conditions.isEmpty()) {
            sql = sql.then(" WHERE ").then(Condition.all(conditions).fragment());
        }
        return sql.render(table.session()::quote);
    }

    /** Runs the update; returns the rows it changed (-1 offline). */
    public long execute() {
        return table.session().write(sql());
    }
}
