package dev.retort.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a keyset walk over one table: each batch is the window of keys {@code (lo, hi]},
 * whose upper bound comes from {@code ORDER BY key LIMIT 1 OFFSET n-1} after {@code lo} (a bounded
 * offset inside the window, never one that grows with the table). Composite keys compare as row
 * values {@code (a, b) > (?, ?)} where the optimizer uses them for index ranges, and in the
 * expanded form {@code a > ? OR (a = ? AND b > ?)} on MySQL and MariaDB. Immutable.
 */
final class Keyset {
    private final DataSession session;
    private final String table;
    private final List<String> key;
    private final Optional<Condition> filter;
    private final boolean rowValues;

    Keyset(DataSession session, String table, List<String> key, Optional<Condition> filter) {
        this.session = session;
        this.table = table;
        this.key = List.copyOf(key);
        this.filter = filter;
        this.rowValues =
                !session.dialect().equals("mysql") && !session.dialect().equals("mariadb");
    }

    List<String> key() {
        return key;
    }

    /** The key of the {@code size}-th row after {@code lo} (null: from the start), in key order. */
    SqlText boundary(List<Object> lo, int size) {
        return select(keyNames(), where(lo, null))
                .then(" ORDER BY ")
                .then(keyNames())
                .then(" LIMIT 1 OFFSET " + (size - 1))
                .render(session::quote);
    }

    /** The last key after {@code lo}: the end of the final, shorter batch. */
    SqlText last(List<Object> lo) {
        List<Fragment> descending = new ArrayList<>();
        key.forEach(k -> descending.add(Fragment.name(k).then(" DESC")));
        return select(keyNames(), where(lo, null))
                .then(" ORDER BY ")
                .then(Fragment.join(descending, ", "))
                .then(" LIMIT 1")
                .render(session::quote);
    }

    /**
     * An update that changes nothing: SQLite takes its write lock for it, so that a batch that reads
     * first never has to upgrade a read lock, which SQLite refuses at once when another connection
     * is writing.
     */
    SqlText claimWriteLock() {
        return Fragment.sql("UPDATE ")
                .then(Fragment.name(table))
                .then(" SET ")
                .then(Fragment.name(key.get(0)))
                .then(" = ")
                .then(Fragment.name(key.get(0)))
                .then(" WHERE 1 = 0")
                .render(session::quote);
    }

    /** The rows left after {@code lo}. */
    SqlText count(List<Object> lo) {
        return select(Fragment.sql("COUNT(*)"), where(lo, null)).render(session::quote);
    }

    /** The set-based update of the window {@code (lo, hi]}. */
    SqlText update(List<Fragment> assignments, List<Object> lo, List<Object> hi) {
        return Fragment.sql("UPDATE ")
                .then(Fragment.name(table))
                .then(" SET ")
                .then(Fragment.join(assignments, ", "))
                .then(where(lo, hi))
                .render(session::quote);
    }

    /** The whole-table update an offline script gets instead of batches. */
    SqlText updateAll(List<Fragment> assignments) {
        return Fragment.sql("UPDATE ")
                .then(Fragment.name(table))
                .then(" SET ")
                .then(Fragment.join(assignments, ", "))
                .then(where(null, null))
                .render(session::quote);
    }

    /** The rows of the window {@code (lo, hi]} with the given columns ({@code *} for none), locked where possible. */
    SqlText rows(List<String> columns, List<Object> lo, List<Object> hi, boolean lock) {
        Fragment list;
        if (columns.isEmpty()) {
            // the key again after *, which leaves out SQLite's rowid
            list = Fragment.sql("*, ").then(keyNames());
        } else {
            List<Fragment> names = new ArrayList<>();
            key.forEach(k -> names.add(Fragment.name(k)));
            columns.stream()
                    .filter(c -> key.stream().noneMatch(c::equalsIgnoreCase))
                    .forEach(c -> names.add(Fragment.name(c)));
            list = Fragment.join(names, ", ");
        }
        Fragment sql = select(list, where(lo, hi)).then(" ORDER BY ").then(keyNames());
        return (lock ? sql.then(" FOR UPDATE") : sql).render(session::quote);
    }

    /** {@code UPDATE t SET c1 = ?, ... WHERE k1 = ? AND ...} for one row of a transform. */
    String rowUpdate(List<String> columns) {
        List<Fragment> sets = new ArrayList<>();
        columns.forEach(c -> sets.add(Fragment.name(c).then(" = ?")));
        List<Fragment> keys = new ArrayList<>();
        key.forEach(k -> keys.add(Fragment.name(k).then(" = ?")));
        return Fragment.sql("UPDATE ")
                .then(Fragment.name(table))
                .then(" SET ")
                .then(Fragment.join(sets, ", "))
                .then(" WHERE ")
                .then(Fragment.join(keys, " AND "))
                .render(session::quote)
                .sql();
    }

    private Fragment select(Fragment list, Fragment where) {
        return Fragment.sql("SELECT ")
                .then(list)
                .then(" FROM ")
                .then(Fragment.name(table))
                .then(where);
    }

    private Fragment keyNames() {
        List<Fragment> names = new ArrayList<>();
        key.forEach(k -> names.add(Fragment.name(k)));
        return Fragment.join(names, ", ");
    }

    /** {@code WHERE key > lo AND key <= hi AND (filter)}, each part only when given. */
    private Fragment where(List<Object> lo, List<Object> hi) {
        List<Condition> parts = new ArrayList<>();
        if (lo != null) {
            parts.add(Condition.of(compare(lo, " > ")));
        }
        if (hi != null) {
            parts.add(Condition.of(compare(hi, " <= ")));
        }
        filter.ifPresent(parts::add);
        return parts.isEmpty()
                ? Fragment.sql("")
                : Fragment.sql(" WHERE ").then(Condition.all(parts).fragment());
    }

    /** The key compared with {@code values} by {@code >} or {@code <=}. */
    private Fragment compare(List<Object> values, String operator) {
        if (key.size() == 1) {
            return Fragment.name(key.get(0)).then(operator).then(Fragment.value(values.get(0)));
        }
        if (rowValues) {
            List<Fragment> params = new ArrayList<>();
            values.forEach(v -> params.add(Fragment.value(v)));
            return Fragment.sql("(")
                    .then(keyNames())
                    .then(")" + operator + "(")
                    .then(Fragment.join(params, ", "))
                    .then(")");
        }
        return Fragment.sql("(").then(expanded(values, operator, 0)).then(")");
    }

    /** {@code a > ? OR (a = ? AND (b > ? OR ...))}; the last column takes the operator itself. */
    private Fragment expanded(List<Object> values, String operator, int i) {
        Fragment column = Fragment.name(key.get(i));
        if (i == key.size() - 1) {
            return column.then(operator).then(Fragment.value(values.get(i)));
        }
        String strict = operator.equals(" > ") ? " > " : " < ";
        return column.then(strict)
                .then(Fragment.value(values.get(i)))
                .then(" OR (")
                .then(column)
                .then(" = ")
                .then(Fragment.value(values.get(i)))
                .then(" AND ")
                .then(
                        key.size() - i > 2
                                ? Fragment.sql("(")
                                        .then(expanded(values, operator, i + 1))
                                        .then(")")
                                : expanded(values, operator, i + 1))
                .then(")");
    }
}
