package dev.retort.runtime;

import java.util.List;

/**
 * A foreign key of some table (perhaps the rebuilt table itself) that references the rebuilt table,
 * as {@code pragma_foreign_key_list} reports it.
 *
 * @param table the referencing table
 * @param columns its referencing columns
 * @param referencedColumns the referenced columns; empty when the key names only the table, which
 *     means its primary key
 * @param onDelete the {@code ON DELETE} action as SQLite spells it ({@code NO ACTION}, {@code CASCADE}, ...)
 */
record ReferencingKey(String table, List<String> columns, List<String> referencedColumns, String onDelete) {
    /** Whether dropping referenced rows fires something beyond a (deferrable) check. */
    boolean hasDeleteAction() {
        return !onDelete.equalsIgnoreCase("NO ACTION");
    }

    /** {@code order(user_id)}, for messages. */
    String describe() {
        return table + "(" + String.join(", ", columns) + ")";
    }
}
