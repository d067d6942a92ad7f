package dev.retort.runtime;

import dev.retort.ops.CheckConstraint;
import dev.retort.ops.Constraint;
import dev.retort.ops.ConstraintType;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.ForeignKey;
import dev.retort.ops.PrimaryKey;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds and drops the constraints of a {@link TableModel}. SQLite keeps a constraint's name only
 * where {@code CREATE TABLE} says {@code CONSTRAINT name}: named constraints are found by name (in
 * any case), unnamed ones cannot be dropped by name and are kept as they are. Not thread-safe.
 */
final class ConstraintChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ConstraintChanges.class);

    private final TableModel model;
    private final String subject;
    private final boolean report;

    ConstraintChanges(TableModel model, String subject, boolean report) {
        this.model = model;
        this.subject = subject;
        this.report = report;
    }

    void add(Constraint constraint) {
        String name = constraint.name().orElseThrow();
        if (named(name).isPresent()) {
            throw refuse("adding constraint " + name + ": table " + table() + " already has a constraint of that name;"
                    + " drop it first in the same batch");
        }
        if (constraint instanceof PrimaryKey) {
            replacePrimaryKey(
                    Optional.of(name), columns(((PrimaryKey) constraint).columns()), "createPrimaryKey " + name);
        } else if (constraint instanceof UniqueConstraint) {
            model.uniques.add(
                    new TableModel.Key(Optional.of(name), columns(((UniqueConstraint) constraint).columns())));
        } else if (constraint instanceof CheckConstraint) {
            model.checks.add(new TableModel.Check(
                    dev.retort.schema.CheckConstraint.named(name, ((CheckConstraint) constraint).condition()), false));
        } else {
            ForeignKey key = (ForeignKey) constraint;
            dev.retort.schema.ForeignKey.Builder schemaKey = dev.retort.schema.ForeignKey.builder(
                            key.columns(), key.referredTable(), key.referredColumns())
                    .name(name)
                    .onDelete(action(key.onDelete()))
                    .onUpdate(action(key.onUpdate()));
            model.foreignKeys.add(new TableModel.Reference(schemaKey.build(), columns(key.columns())));
        }
    }

    /**
     * Makes {@code columns} the primary key, replacing an unnamed one as Alembic does; a named key
     * must be dropped first. Key columns become {@code NOT NULL}, as on every other database.
     */
    void replacePrimaryKey(Optional<String> name, List<ModelColumn> columns, String operation) {
        model.primaryKey.ifPresent(existing -> {
            if (existing.name().isPresent()) {
                throw refuse(operation + ": table " + table() + " already has primary key "
                        + existing.name().get() + "; drop it first in the same batch with dropConstraint(\""
                        + existing.name().get() + "\")");
            }
            if (report) {
                LOG.info("{}: {} replaces the unnamed primary key {}", subject, operation, existing.columns());
            }
        });
        for (ModelColumn column : columns) {
            column.rejectNulls |= column.definition.nullable();
            column.definition = column.definition.toBuilder().notNull().build();
        }
        model.primaryKey = Optional.of(new TableModel.Key(name, columns));
    }

    void drop(DropConstraint op) {
        Object found = named(op.name())
                .filter(c -> op.type().map(t -> t == typeOf(c)).orElse(true))
                .orElseThrow(
                        () -> refuse(
                                "dropConstraint " + op.name() + ": table " + table() + " has no "
                                        + op.type()
                                                .map(t -> t.name().toLowerCase(Locale.ROOT) + " ")
                                                .orElse("")
                                        + "constraint of that name; its named constraints are " + names()
                                        + " (SQLite keeps only names written in CREATE TABLE; unnamed ones cannot be dropped by name)"));
        if (model.primaryKey.filter(k -> k == found).isPresent()) {
            model.primaryKey = Optional.empty();
        }
        model.uniques.remove(found);
        model.checks.remove(found);
        model.foreignKeys.remove(found);
    }

    /** Drops the keys and checks that involve a dropped column, as PostgreSQL does. */
    void dropInvolving(ModelColumn column) {
        if (model.primaryKey.filter(k -> k.columns().contains(column)).isPresent()) {
            dropped("primary key", model.primaryKey.get().name(), column);
            model.primaryKey = Optional.empty();
        }
        model.uniques.removeIf(u -> u.columns().contains(column) && dropped("unique constraint", u.name(), column));
        model.foreignKeys.removeIf(k ->
                k.columns().contains(column) && dropped("foreign key", k.key().name(), column));
        model.checks.removeIf(c -> TableModel.mentions(c.check().expression(), column, c.live())
                && dropped("check", c.check().name(), column));
    }

    private boolean dropped(String kind, Optional<String> name, ModelColumn column) {
        if (!report) {
            return true;
        }
        LOG.info(
                "{}: {} {}goes with dropped column {}",
                subject,
                kind,
                name.map(n -> n + " ").orElse(""),
                column.name);
        return true;
    }

    private Optional<Object> named(String name) {
        List<Object> all = new ArrayList<>();
        model.primaryKey.ifPresent(all::add);
        all.addAll(model.uniques);
        all.addAll(model.checks);
        all.addAll(model.foreignKeys);
        return all.stream()
                .filter(c -> nameOf(c).filter(name::equalsIgnoreCase).isPresent())
                .findFirst();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        model.primaryKey.flatMap(TableModel.Key::name).ifPresent(names::add);
        model.uniques.forEach(u -> u.name().ifPresent(names::add));
        model.checks.forEach(c -> c.check().name().ifPresent(names::add));
        model.foreignKeys.forEach(k -> k.key().name().ifPresent(names::add));
        return names;
    }

    private Optional<String> nameOf(Object constraint) {
        if (constraint instanceof TableModel.Key) {
            return ((TableModel.Key) constraint).name();
        }
        if (constraint instanceof TableModel.Check) {
            return ((TableModel.Check) constraint).check().name();
        }
        return ((TableModel.Reference) constraint).key().name();
    }

    private ConstraintType typeOf(Object constraint) {
        if (constraint instanceof TableModel.Check) {
            return ConstraintType.CHECK;
        }
        if (constraint instanceof TableModel.Reference) {
            return ConstraintType.FOREIGN_KEY;
        }
        return model.primaryKey.filter(k -> k == constraint).isPresent()
                ? ConstraintType.PRIMARY
                : ConstraintType.UNIQUE;
    }

    private List<ModelColumn> columns(List<String> names) {
        List<ModelColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(model.column(name)
                    .orElseThrow(() -> refuse(
                            "no column " + name + " in table " + table() + "; its columns are " + model.columns)));
        }
        return columns;
    }

    private static dev.retort.schema.ReferentialAction action(Optional<ReferentialAction> action) {
        return action.map(a -> dev.retort.schema.ReferentialAction.valueOf(a.name()))
                .orElse(dev.retort.schema.ReferentialAction.NO_ACTION);
    }

    private String table() {
        return model.original.name();
    }

    private TableRebuildException refuse(String why) {
        return new TableRebuildException(subject + ": " + why);
    }
}
