package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.schema.ColumnSchema;
import dev.retort.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statements that copy the rows of a rebuilt table: one {@code INSERT ... SELECT} straight
 * into the new table, or two through a scratch copy. Each copied column takes its source column,
 * converted where its type changes; new columns take their defaults. The rowid is copied too
 * (unless a copied {@code INTEGER PRIMARY KEY} is the rowid), so that rows keep their identity.
 */
final class RowCopy {
    private static final String SCRATCH_ROWID = "_retort_rowid";

    private final Dialect dialect;
    private final String table;
    private final List<CopyColumn> copies;
    private final Optional<String> rowid;
    private final boolean autoincrements;

    RowCopy(Dialect dialect, TableSchema original, TableSchema rebuilt, TableModel model) {
        this.dialect = dialect;
        this.table = original.name();
        this.copies = model.copies();
        this.rowid = rowid(original, rebuilt, model);
        this.autoincrements = rebuilt.columns().stream().anyMatch(ColumnSchema::autoincrement);
    }

    /** Whether the new table has an {@code AUTOINCREMENT} key, whose counter must survive. */
    boolean autoincrements() {
        return autoincrements;
    }

    /** {@code INSERT INTO target (...) SELECT ... FROM table}. */
    String into(String target) {
        return insert(dialect.quote(target), rowid.map(dialect::quote), dialect.quote(table));
    }

    /** Copies the old table as it is (values only) into a scratch table in the temp schema. */
    String toScratch(String scratch) {
        String rowidColumn =
                rowid.map(r -> dialect.quote(r) + " AS " + SCRATCH_ROWID + ", ").orElse("");
        return "CREATE TEMP TABLE " + dialect.quote(scratch) + " AS SELECT " + rowidColumn + "* FROM "
                + dialect.quote(table);
    }

    /** Copies the scratch table back into the recreated table. */
    String fromScratch(String scratch) {
        return insert(dialect.quote(table), rowid.map(r -> SCRATCH_ROWID), "temp." + dialect.quote(scratch));
    }

    private String insert(String target, Optional<String> rowidSource, String source) {
        List<String> targets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        rowid.ifPresent(r -> targets.add(dialect.quote(r)));
        rowidSource.ifPresent(values::add);
        for (CopyColumn copy : copies) {
            targets.add(dialect.quote(copy.target()));
            values.add(copy.conversion().copy(dialect.quote(copy.source())));
        }
        return "INSERT INTO " + target + " (" + String.join(", ", targets) + ")\nSELECT " + String.join(", ", values)
                + " FROM " + source;
    }

    /** The name to copy the rowid by: one of SQLite's three that no column of either table shadows. */
    private static Optional<String> rowid(TableSchema original, TableSchema rebuilt, TableModel model) {
        if (original.options().contains("WITHOUT ROWID")) {
            return Optional.empty();
        }
        boolean keyCopied = model.columns.stream()
                .anyMatch(c -> model.isRowid(c)
                        && c.source.isPresent()
                        && c.definition.computed().isEmpty());
        if (keyCopied) {
            return Optional.empty();
        }
        return Stream.of("rowid", "_rowid_", "oid")
                .filter(name -> Stream.concat(original.columns().stream(), rebuilt.columns().stream())
                        .noneMatch(c -> c.name().equalsIgnoreCase(name)))
                .findFirst();
    }
}
