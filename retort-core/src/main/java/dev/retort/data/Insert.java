package dev.retort.data;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code INSERT} of one row being built: {@code user.insert().value("id", 1).value("email",
 * "a@x.io").execute()}. For many rows use {@code op.bulkInsert}. Not thread-safe.
 */
public final class Insert {
    private final Table table;
    private final List<Fragment> columns = new ArrayList<>();
    private final List<Fragment> values = new ArrayList<>();

    Insert(Table table) {
        this.table = table;
    }

    /** Sets {@code column} to a bound value. */
    public Insert value(String column, Object value) {
        columns.add(Fragment.name(table.check(column)));
        values.add(Fragment.value(value));
        return this;
    }

    /** Sets {@code column} to a SQL expression with bound {@code params}: {@code valueSql("created", "CURRENT_TIMESTAMP")}. */
    public Insert valueSql(String column, String expression, Object... params) {
        columns.add(Fragment.name(table.check(column)));
        values.add(Fragment.sql(expression, params));
        return this;
    }

    /** The statement as it will run on this database. */
    public SqlText sql() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("insert into " + table.name() + " has no values; call value(...) first");
        }
        return Fragment.sql("INSERT INTO ")
                .then(table.quotedName())
                .then(" (")
                .then(Fragment.join(columns, ", "))
                .then(") VALUES (")
                .then(Fragment.join(values, ", "))
                .then(")")
                .render(table.session()::quote);
    }

    /** Runs the insert; returns the rows inserted (-1 offline). */
    public long execute() {
        return table.session().write(sql());
    }
}
