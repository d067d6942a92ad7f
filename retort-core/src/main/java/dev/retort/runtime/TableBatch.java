package dev.retort.runtime;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchOps;
import dev.retort.ops.CheckConstraint;
import dev.retort.ops.Column;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.Operation;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.SqlType;
import dev.retort.ops.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The operations of one {@code batchAlterTable}, collected so that they are checked before any runs. Not thread-safe. */
final class TableBatch implements BatchOps {
    private final String table;
    private final List<Operation> operations = new ArrayList<>();

    TableBatch(String table) {
        this.table = table;
    }

    List<Operation> operations() {
        return operations;
    }

    static AlterColumn alterColumn(String table, String column, Consumer<AlterColumn.Builder> changes) {
        AlterColumn.Builder builder = AlterColumn.builder(table, column);
        changes.accept(builder);
        return builder.build();
    }

    static CreateIndex createIndex(String name, String table, Consumer<CreateIndex.Builder> definition) {
        CreateIndex.Builder builder = CreateIndex.builder(name, table);
        definition.accept(builder);
        return builder.build();
    }

    static AddConstraint foreignKey(String name, String table, Consumer<ForeignKey.Builder> definition) {
        ForeignKey.Builder builder = ForeignKey.builder();
        definition.accept(builder);
        return new AddConstraint(table, builder.name(name).build());
    }

    /** A few words naming the operation in a message: {@code alterColumn price}. */
    static String describe(Operation op) {
        if (op instanceof AlterColumn) {
            AlterColumn alter = (AlterColumn) op;
            return "alterColumn " + alter.column() + " (" + String.join(", ", alter.changedAspects()) + ")";
        }
        if (op instanceof AddColumn) {
            return "addColumn " + ((AddColumn) op).column().name();
        }
        if (op instanceof AddConstraint) {
            return "adding constraint " + ((AddConstraint) op).name();
        }
        if (op instanceof DropConstraint) {
            return "dropConstraint " + ((DropConstraint) op).name();
        }
        if (op instanceof DropColumn) {
            return "dropColumn " + ((DropColumn) op).column();
        }
        if (op instanceof CreateIndex) {
            return "createIndex " + ((CreateIndex) op).name();
        }
        if (op instanceof DropIndex) {
            return "dropIndex " + ((DropIndex) op).name();
        }
        return op.getClass().getSimpleName();
    }

    @Override
    public void addColumn(Column column) {
        operations.add(new AddColumn(table, column));
    }

    @Override
    public void addColumn(String column, SqlType type) {
        addColumn(Column.of(column, type));
    }

    @Override
    public void dropColumn(String column) {
        operations.add(DropColumn.of(table, column));
    }

    @Override
    public void alterColumn(String column, Consumer<AlterColumn.Builder> changes) {
        operations.add(alterColumn(table, column, changes));
    }

    @Override
    public void createIndex(String name, String... columns) {
        operations.add(CreateIndex.builder(name, table).columns(columns).build());
    }

    @Override
    public void createIndex(String name, Consumer<CreateIndex.Builder> definition) {
        operations.add(createIndex(name, table, definition));
    }

    @Override
    public void dropIndex(String name) {
        operations.add(DropIndex.builder(name).table(table).build());
    }

    @Override
    public void createPrimaryKey(String name, String... columns) {
        operations.add(new AddConstraint(table, PrimaryKey.of(columns).named(name)));
    }

    @Override
    public void createUniqueConstraint(String name, String... columns) {
        operations.add(new AddConstraint(table, UniqueConstraint.of(columns).named(name)));
    }

    @Override
    public void createForeignKey(String name, Consumer<ForeignKey.Builder> definition) {
        operations.add(foreignKey(name, table, definition));
    }

    @Override
    public void createCheckConstraint(String name, String condition) {
        operations.add(new AddConstraint(table, CheckConstraint.of(condition).named(name)));
    }

    @Override
    public void dropConstraint(String name) {
        operations.add(new DropConstraint(name, table, Optional.empty(), Optional.empty()));
    }

    @Override
    public void dropConstraint(String name, ConstraintType type) {
        operations.add(new DropConstraint(name, table, Optional.of(type), Optional.empty()));
    }
}
