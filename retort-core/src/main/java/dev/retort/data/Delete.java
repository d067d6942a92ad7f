package dev.retort.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code DELETE} being built: {@code user.delete().where(user.column("status").eq("spam")).execute()}.
 * Without a condition every row is deleted. Not thread-safe.
 */
public final class Delete {
    private final Table table;
    private final List<Condition> conditions = new ArrayList<>();

    Delete(Table table) {
        this.table = table;
    }

    /** Adds a condition (several are combined with {@code AND}). */
    public Delete where(Condition condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition in SQL with bound values. */
    public Delete where(String sql, Object... params) {
        return where(Condition.sql(sql, params));
    }

    /** The statement as it will run on this database. */
    public SqlText sql() {
        Fragment sql = Fragment.sql("DELETE FROM ").then(table.quotedName());
        if (!conditions.isEmpty()) {
            sql = sql.then(" WHERE ").then(Condition.all(conditions).fragment());
        }
        return sql.render(table.session()::quote);
    }

    /** Runs the delete; returns the rows it removed (-1 offline). */
    public long execute() {
        return table.session().write(sql());
    }
}
