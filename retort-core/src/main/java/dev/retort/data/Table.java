package dev.retort.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lightweight handle on a table for data changes inside a migration, as Alembic's {@code
 * table('user', column('id'), ...)}: {@code op.table("user", "id", "status", "is_active")}. It
 * builds {@code UPDATE}, {@code INSERT}, {@code DELETE} and {@code SELECT} statements with the
 * names quoted for the database and every value bound. When columns are declared, naming any other
 * column is refused before SQL runs (a typo); with none declared, any column may be named. Not an
 * ORM: nothing is cached or mapped. Immutable; its statements run on the migration's connection.
 */
public final class Table {
    private final DataSession session;
    private final String name;
    private final Set<String> columns;

    private Table(DataSession session, String name, Set<String> columns) {
        this.session = session;
        this.name = name;
        this.columns = columns;
    }

    /** A handle on {@code name} with the given columns declared (none: any column). */
    public static Table of(DataSession session, String name, String... columns) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("op.table(...): the table name must not be blank");
        }
        Set<String> declared = new LinkedHashSet<>(List.of(columns));
        return new Table(session, name, Collections.unmodifiableSet(declared));
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** The declared columns, in order (empty when none were declared). */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** A column, for conditions: {@code user.column("is_active").eq(true)}. */
    public ColumnRef column(String column) {
        return new ColumnRef(check(column));
    }

    /** An {@code UPDATE} of this table: {@code user.update().set("status", "active").where(...).execute()}. */
    public Update update() {
        return new Update(this);
    }

    /** An {@code INSERT} of one row: {@code user.insert().value("id", 1).value("email", "a@x.io").execute()}. */
    public Insert insert() {
        return new Insert(this);
    }

    /** Inserts one row given as a map from column to value; returns the rows inserted (1). */
    public long insert(Map<String, ?> row) {
        Insert insert = insert();
        row.forEach(insert::value);
        return insert.execute();
    }

    /** A {@code DELETE} from this table: {@code user.delete().where(...).execute()}. */
    public Delete delete() {
        return new Delete(this);
    }

    /** A {@code SELECT} of the given columns (all, {@code *}, when none are given). */
    public Select select(String... selected) {
        List<String> list = new ArrayList<>();
        for (String column : selected) {
            list.add(check(column));
        }
        return new Select(this, list);
    }

    /** The number of rows in the table. */
    public long count() {
        return select().count();
    }

    /** The number of rows matching {@code where}. */
    public long count(Condition where) {
        return select().where(where).count();
    }

    /** The number of rows matching a SQL condition with bound values. */
    public long count(String where, Object... params) {
        return count(Condition.sql(where, params));
    }

    DataSession session() {
        return session;
    }

    /** The column, after checking that it was declared (when any were). */
    String check(String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("table " + name + ": a column name must not be blank");
        }
        if (!columns.isEmpty() && !columns.contains(column)) {
            throw new UndeclaredColumnException("column " + column + " is not declared for table " + name + " "
                    + columns + "; fix the name or add it to op.table(\"" + name + "\", ...)");
        }
        return column;
    }

    Fragment quotedName() {
        return Fragment.name(name);
    }
}
