package dev.retort.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code SELECT} from one table being built: {@code user.select("id", "email").where(...)
 * .orderBy("id").list()}. Reads need the live database: offline ({@code --sql}) they fail. Not
 * thread-safe.
 */
public final class Select {
    private final Table table;
    private final List<String> columns;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private int limit = -1;

    Select(Table table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Adds a condition (several are combined with {@code AND}). */
    public Select where(Condition condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition in SQL with bound values. */
    public Select where(String sql, Object... params) {
        return where(Condition.sql(sql, params));
    }

    /** Orders the rows by these columns, ascending. */
    public Select orderBy(String... orderColumns) {
        for (String column : orderColumns) {
            order.add(table.check(column));
        }
        return this;
    }

    /** Returns at most {@code rows} rows. */
    public Select limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + rows);
        }
        this.limit = rows;
        return this;
    }

    /** The statement as it will run on this database. */
    public SqlText sql() {
        return build(columns.isEmpty() ? Fragment.sql("*") : names(columns), true);
    }

    /** The rows, as maps from column label to value in column order. */
    public List<Map<String, Object>> list() {
        return Queries.list(table.session(), "select from " + table.name(), sql());
    }

    /** The first row, if any. */
    public Optional<Map<String, Object>> first() {
        List<Map<String, Object>> rows = list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The number of rows matching the conditions (order and limit ignored). */
    public long count() {
        return Queries.count(table.session(), "count of " + table.name(), build(Fragment.sql("COUNT(*)"), false));
    }

    private Fragment names(List<String> list) {
        List<Fragment> items = new ArrayList<>(list.size());
        list.forEach(c -> items.add(Fragment.name(c)));
        return Fragment.join(items, ", ");
    }

    private SqlText build(Fragment selectList, boolean ordered) {
        Fragment sql = Fragment.sql("SELECT ").then(selectList).then(" FROM ").then(table.quotedName());
        if (!conditions.isEmpty()) {
            sql = sql.then(" WHERE ").then(Condition.all(conditions).fragment());
        }
        if (ordered && !order.isEmpty()) {
            sql = sql.then(" ORDER BY ").then(names(order));
        }
        if (ordered && limit >= 0) {
            sql = sql.then(" LIMIT " + limit);
        }
        return sql.render(table.session()::quote);
    }
}
