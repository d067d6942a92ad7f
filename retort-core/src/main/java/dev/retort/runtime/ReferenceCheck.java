package dev.retort.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Checks, before a rebuild, that the foreign keys of other tables still fit the rebuilt table: the
 * columns they reference still exist and are still its primary key or a unique key. Otherwise
 * SQLite would report "foreign key mismatch" on every later write to those tables.
 */
final class ReferenceCheck {
    private final TableModel model;
    private final String subject;

    ReferenceCheck(TableModel model, String subject) {
        this.model = model;
        this.subject = subject;
    }

    void verify(List<ReferencingKey> referencing) {
        String table = model.original.name();
        for (ReferencingKey key : referencing) {
            if (key.table().equalsIgnoreCase(table)) {
                continue; // the table's own keys are part of the model
            }
            if (key.referencedColumns().isEmpty()) {
                List<String> before =
                        model.original.primaryKey().map(k -> k.columns()).orElse(List.of());
                Optional<List<ModelColumn>> after = model.primaryKey.map(TableModel.Key::columns);
                boolean same = after.isPresent()
                        && after.get().size() == before.size()
                        && before.stream().allMatch(c -> after.get().stream().anyMatch(m -> m.from(c)));
                if (!same) {
                    throw refuse(key.describe() + " references the primary key of " + table
                            + ", which this batch changes; change that foreign key first");
                }
                continue;
            }
            List<ModelColumn> columns = new ArrayList<>();
            for (String name : key.referencedColumns()) {
                columns.add(model.liveColumn(name)
                        .orElseThrow(() -> refuse("column " + table + "." + name + " is referenced by " + key.describe()
                                + "; drop or change that foreign key first")));
            }
            boolean unique = model.uniqueKeys().stream()
                    .anyMatch(k -> k.size() == columns.size() && new HashSet<>(k).containsAll(columns));
            if (!unique) {
                throw refuse(
                        key.describe() + " references " + table + "(" + String.join(", ", TableModel.names(columns))
                                + "), which would not be a primary key or unique key of " + table
                                + " after this batch; keep a key on those columns");
            }
        }
    }

    private TableRebuildException refuse(String why) {
        return new TableRebuildException(subject + ": " + why);
    }
}
