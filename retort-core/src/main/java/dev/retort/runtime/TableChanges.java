package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Column;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.IndexElement;
import dev.retort.ops.Operation;
import dev.retort.ops.ServerDefault;
import dev.retort.ops.SqlType;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnSchema;
import dev.retort.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the operations of one batch, in order, to the {@link TableModel} of a live SQLite table.
 * Column changes and dropped columns follow PostgreSQL: dropping a column drops the keys, checks and
 * indexes that involve it. Constraint changes live in {@link ConstraintChanges}. Not thread-safe.
 */
final class TableChanges {
    private static final Logger LOG = LoggerFactory.getLogger(TableChanges.class);

    private final Dialect dialect;
    private final TableModel model;
    private final String subject;
    private final ConstraintChanges constraints;
    private final boolean report;

    private TableChanges(Dialect dialect, TableModel model, String subject, boolean report) {
        this.dialect = dialect;
        this.model = model;
        this.subject = subject;
        this.report = report;
        this.constraints = new ConstraintChanges(model, subject, report);
    }

    /**
     * The model of {@code table} after {@code operations}.
     *
     * @param origins live column name to the name the batch knows it by (see {@link TableModel#of})
     * @param referencing foreign keys of other tables that reference this one, which must stay valid
     * @param report whether to log what the batch implies (a trial run on the table before its
     *     columns are renamed in place does not)
     * @throws TableRebuildException when an operation contradicts the table
     */
    static TableModel apply(
            Dialect dialect,
            TableSchema table,
            Map<String, String> origins,
            List<ReferencingKey> referencing,
            List<Operation> operations,
            String subject,
            boolean report) {
        TableChanges changes = new TableChanges(dialect, TableModel.of(table, origins), subject, report);
        operations.forEach(changes::apply);
        new ReferenceCheck(changes.model, subject).verify(referencing);
        return changes.model;
    }

    private void apply(Operation op) {
        if (op instanceof AddColumn) {
            addColumn(((AddColumn) op).column());
        } else if (op instanceof DropColumn) {
            dropColumn(require(((DropColumn) op).column()));
        } else if (op instanceof AlterColumn) {
            alterColumn((AlterColumn) op);
        } else if (op instanceof CreateIndex) {
            createIndex((CreateIndex) op);
        } else if (op instanceof DropIndex) {
            String name = ((DropIndex) op).name();
            model.indexes.remove(model.index(name)
                    .orElseThrow(() -> refuse("dropIndex " + name + ": table " + model.original.name()
                            + " has no index " + name + "; its indexes are " + indexNames())));
        } else if (op instanceof AddConstraint) {
            constraints.add(((AddConstraint) op).constraint());
        } else if (op instanceof DropConstraint) {
            constraints.drop((DropConstraint) op);
        } else {
            throw refuse(TableBatch.describe(op) + " cannot be part of a batch");
        }
    }

    private ModelColumn require(String name) {
        return model.column(name)
                .orElseThrow(() -> refuse("no column " + name + " in table " + model.original.name()
                        + "; its columns are " + model.columns));
    }

    private void addColumn(Column column) {
        if (model.column(column.name()).isPresent()) {
            throw refuse("addColumn " + column.name() + ": table " + model.original.name() + " already has it");
        }
        ColumnSchema definition = ColumnSchema.builder(
                        column.name(), column.isAutoIncrement() ? "INTEGER" : dialect.renderType(column.type()))
                .nullable(column.isNullable())
                .defaultExpression(column.serverDefault().map(this::defaultSql).orElse(null))
                .build();
        ModelColumn added = new ModelColumn(column.name(), definition, Optional.empty());
        model.columns.add(added);
        if (column.isPrimaryKey()) {
            constraints.replacePrimaryKey(Optional.empty(), List.of(added), "addColumn " + column.name());
        }
        if (column.isUnique()) {
            model.uniques.add(new TableModel.Key(Optional.empty(), List.of(added)));
        }
        enumCheck(added, column.type());
        column.comment().ifPresent(c -> ignoredComment(added));
    }

    private void alterColumn(AlterColumn op) {
        ModelColumn column = require(op.column());
        op.newName().ifPresent(n -> {
            model.column(n).filter(other -> other != column).ifPresent(other -> {
                throw refuse("alterColumn " + op.column() + ": cannot rename it to " + n + ", which table "
                        + model.original.name() + " already has");
            });
            column.name = n;
        });
        ColumnSchema.Builder definition = column.definition.toBuilder();
        op.type().ifPresent(type -> {
            String declared = dialect.renderType(type);
            definition.declaredType(declared);
            column.conversion = Conversion.to(type, declared);
            enumCheck(column, type);
        });
        op.nullable().ifPresent(nullable -> {
            column.rejectNulls |= !nullable && column.definition.nullable();
            definition.nullable(nullable);
        });
        op.serverDefault().ifPresent(d -> definition.defaultExpression(defaultSql(d)));
        op.comment().ifPresent(c -> ignoredComment(column));
        column.definition = definition.build();
    }

    private void dropColumn(ModelColumn column) {
        String table = model.original.name();
        if (model.columns.size() == 1) {
            throw refuse(
                    "dropColumn " + column.name + ": it is the last column of " + table + "; drop the table instead");
        }
        for (ModelColumn other : model.columns) {
            boolean uses = other.definition
                    .computed()
                    .map(c -> TableModel.mentions(c.expression(), column, other.source.isPresent()))
                    .orElse(false);
            if (other != column && uses) {
                throw refuse("dropColumn " + column.name + ": generated column " + other.name + " of " + table
                        + " is computed from it; drop " + other.name + " first in the same batch");
            }
        }
        model.columns.remove(column);
        constraints.dropInvolving(column);
        List<TableModel.Index> involved =
                model.indexes.stream().filter(i -> model.involves(i, column)).toList();
        involved.stream()
                .filter(i -> report)
                .forEach(i -> LOG.info("{}: index {} goes with dropped column {}", subject, i.name(), column.name));
        model.indexes.removeAll(involved);
        model.original.triggers().stream()
                .filter(t -> report && TableModel.mentions(t.sql(), column, true))
                .forEach(t -> LOG.warn(
                        "{}: trigger {} mentions dropped column {}; it is recreated as written, so drop or"
                                + " rewrite it if it used that column",
                        subject,
                        t.name(),
                        column.name));
    }

    private void createIndex(CreateIndex op) {
        if (model.index(op.name()).isPresent()) {
            throw refuse("createIndex " + op.name() + ": table " + model.original.name() + " already has an index "
                    + "of that name; drop it first in the same batch");
        }
        List<Object> elements = new ArrayList<>();
        for (IndexElement element : op.elements()) {
            elements.add(element.expression() ? element.text() : require(element.text()));
        }
        model.indexes.add(new TableModel.Index(op.name(), Optional.empty(), Optional.of(op), elements));
    }

    /** SQLite has no enum type: the dialect declares a VARCHAR with a CHECK, which the table gets too. */
    private void enumCheck(ModelColumn column, SqlType type) {
        if (type.kind() != SqlType.Kind.ENUM) {
            return;
        }
        String values = type.values().stream().map(dialect::literal).collect(Collectors.joining(", "));
        String condition = dialect.quote(column.name) + " IN (" + values + ")";
        model.checks.add(new TableModel.Check(CheckConstraint.of(condition), false));
    }

    private String defaultSql(ServerDefault value) {
        if (value instanceof ServerDefault.Literal) {
            return dialect.literal(((ServerDefault.Literal) value).value());
        }
        if (value instanceof ServerDefault.Expression) {
            return ((ServerDefault.Expression) value).sql();
        }
        return null;
    }

    private void ignoredComment(ModelColumn column) {
        if (report) {
            LOG.warn(
                    "SQLite has no comments; the comment on column {}.{} is ignored",
                    model.original.name(),
                    column.name);
        }
    }

    private String indexNames() {
        return model.indexes.stream().map(TableModel.Index::name).toList().toString();
    }

    private TableRebuildException refuse(String why) {
        return new TableRebuildException(subject + ": " + why);
    }
}
