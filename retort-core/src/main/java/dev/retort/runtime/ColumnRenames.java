package dev.retort.runtime;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column renames of a batch that rebuilds a table, done in place before the rebuild with
 * {@code ALTER TABLE ... RENAME COLUMN}: SQLite then rewrites every mention of the column itself
 * (indexes, triggers, views, checks and other tables' foreign keys), which a copy under new names
 * could not. Renames that collide (a swap, or a name freed by a dropped column) go through
 * temporary names. Immutable once planned.
 */
final class ColumnRenames {
    /** One in-place rename. */
    record Step(String from, String to) {}

    private final List<Step> steps;
    private final Map<String, String> origins;

    private ColumnRenames(List<Step> steps, Map<String, String> origins) {
        this.steps = steps;
        this.origins = origins;
    }

    /** The renames that give the table's columns the names they have at the end of {@code operations}. */
    static ColumnRenames plan(List<String> columns, List<Operation> operations) {
        Map<String, String> current = new LinkedHashMap<>(); // lower-case current name -> original name
        columns.forEach(c -> current.put(key(c), c));
        Map<String, String> finalNames = new HashMap<>(); // original -> final, for columns still there
        columns.forEach(c -> finalNames.put(c, c));
        for (Operation op : operations) {
            if (op instanceof AddColumn) {
                current.put(key(((AddColumn) op).column().name()), null);
            } else if (op instanceof DropColumn) {
                String origin = current.remove(key(((DropColumn) op).column()));
                finalNames.remove(origin);
            } else if (op instanceof AlterColumn && ((AlterColumn) op).newName().isPresent()) {
                AlterColumn alter = (AlterColumn) op;
                String origin = current.remove(key(alter.column()));
                current.put(key(alter.newName().get()), origin);
                if (origin != null) {
                    finalNames.put(origin, alter.newName().get());
                }
            }
        }
        return between(columns, finalNames);
    }

    private static ColumnRenames between(List<String> columns, Map<String, String> finalNames) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        List<String> renamed = columns.stream()
                .filter(c -> finalNames.containsKey(c) && !finalNames.get(c).equals(c))
                .toList();
        boolean collide = renamed.stream().anyMatch(c -> columns.stream()
                .anyMatch(other -> !other.equals(c) && other.equalsIgnoreCase(finalNames.get(c))));
        if (!collide) {
            renamed.forEach(c -> {
                steps.add(new Step(c, finalNames.get(c)));
                origins.put(finalNames.get(c), c);
            });
            return new ColumnRenames(steps, origins);
        }
        // Park every renamed column, and every dropped one whose name is wanted, under a temporary name.
        List<String> parked = new ArrayList<>();
        for (String column : columns) {
            boolean dropped = !finalNames.containsKey(column);
            boolean wanted = finalNames.values().stream().anyMatch(column::equalsIgnoreCase);
            if (renamed.contains(column) || (dropped && wanted)) {
                String temporary = temporaryName(columns, parked.size());
                steps.add(new Step(column, temporary));
                parked.add(column);
                origins.put(dropped ? temporary : finalNames.get(column), column);
            }
        }
        for (int i = 0; i < parked.size(); i++) {
            String column = parked.get(i);
            if (finalNames.containsKey(column)) {
                steps.add(new Step(steps.get(i).to(), finalNames.get(column)));
            }
        }
        return new ColumnRenames(steps, origins);
    }

    private static String temporaryName(List<String> columns, int n) {
        String name = "_retort_rename_" + n;
        while (columns.stream().anyMatch(name::equalsIgnoreCase)) {
            name = "_" + name;
        }
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The in-place renames, in order. */
    List<Step> steps() {
        return steps;
    }

    /** Each renamed column's name after the renames, mapped to its name before the batch. */
    Map<String, String> origins() {
        return origins;
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }
}
