package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reflected table: everything needed to assert its shape or, on SQLite, to recreate it.
 *
 * <p>Lists keep the database's order: columns by position; on SQLite constraints in declaration
 * order and triggers in creation order; elsewhere constraints, indexes and triggers by name.
 *
 * @param name the table's name (unquoted)
 * @param columns the columns, in order
 * @param primaryKey the primary key, if any
 * @param foreignKeys the foreign keys
 * @param uniqueConstraints the unique constraints
 * @param checkConstraints the check constraints
 * @param indexes the standalone indexes (not those backing the primary key or a unique constraint)
 * @param triggers the triggers
 * @param comment the table's comment, where the database has comments
 * @param options table options that change what the table is: {@code WITHOUT ROWID} and
 *     {@code STRICT} on SQLite, upper case; empty elsewhere
 */
public record TableSchema(
        String name,
        List<ColumnSchema> columns,
        Optional<PrimaryKey> primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<IndexSchema> indexes,
        List<TriggerSchema> triggers,
        Optional<String> comment,
        List<String> options) {

    /** Validates and copies the components. */
    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checkConstraints = List.copyOf(checkConstraints);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(comment, "comment");
        options = List.copyOf(options);
    }

    /** Starts an empty table. */
    public static TableSchema.Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder preset with this table's values. */
    public TableSchema.Builder toBuilder() {
        return new Builder(name)
                .columns(columns)
                .primaryKey(primaryKey.orElse(null))
                .foreignKeys(foreignKeys)
                .uniqueConstraints(uniqueConstraints)
                .checkConstraints(checkConstraints)
                .indexes(indexes)
                .triggers(triggers)
                .comment(comment.orElse(null))
                .options(options);
    }

    /** The column with exactly this name. */
    public Optional<ColumnSchema> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The index with exactly this name. */
    public Optional<IndexSchema> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    /** One line per column, constraint, index and trigger, so that assertion failures diff well. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("table ").append(Names.display(name));
        options.forEach(o -> s.append(' ').append(o));
        comment.ifPresent(
                c -> s.append(" COMMENT '").append(c.replace("'", "''")).append('\''));
        List<Object> lines = new ArrayList<>(columns);
        primaryKey.ifPresent(lines::add);
        lines.addAll(foreignKeys);
        lines.addAll(uniqueConstraints);
        lines.addAll(checkConstraints);
        lines.addAll(indexes);
        lines.addAll(triggers);
        lines.forEach(line -> s.append("\n  ").append(line));
        return s.toString();
    }

    /** Builds a {@link TableSchema}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private List<ColumnSchema> columns = new ArrayList<>();
        private Optional<PrimaryKey> primaryKey = Optional.empty();
        private List<ForeignKey> foreignKeys = new ArrayList<>();
        private List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private List<CheckConstraint> checkConstraints = new ArrayList<>();
        private List<IndexSchema> indexes = new ArrayList<>();
        private List<TriggerSchema> triggers = new ArrayList<>();
        private Optional<String> comment = Optional.empty();
        private List<String> options = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Renames the table. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** Appends a column. */
        public Builder column(ColumnSchema value) {
            columns.add(value);
            return this;
        }

        /** Replaces the columns. */
        public Builder columns(List<ColumnSchema> values) {
            columns = new ArrayList<>(values);
            return this;
        }

        /** Sets the primary key; {@code null} removes it. */
        public Builder primaryKey(PrimaryKey value) {
            primaryKey = Optional.ofNullable(value);
            return this;
        }

        /** Appends a foreign key. */
        public Builder foreignKey(ForeignKey value) {
            foreignKeys.add(value);
            return this;
        }

        /** Replaces the foreign keys. */
        public Builder foreignKeys(List<ForeignKey> values) {
            foreignKeys = new ArrayList<>(values);
            return this;
        }

        /** Appends a unique constraint. */
        public Builder uniqueConstraint(UniqueConstraint value) {
            uniqueConstraints.add(value);
            return this;
        }

        /** Replaces the unique constraints. */
        public Builder uniqueConstraints(List<UniqueConstraint> values) {
            uniqueConstraints = new ArrayList<>(values);
            return this;
        }

        /** Appends a check constraint. */
        public Builder checkConstraint(CheckConstraint value) {
            checkConstraints.add(value);
            return this;
        }

        /** Replaces the check constraints. */
        public Builder checkConstraints(List<CheckConstraint> values) {
            checkConstraints = new ArrayList<>(values);
            return this;
        }

        /** Appends an index. */
        public Builder index(IndexSchema value) {
            indexes.add(value);
            return this;
        }

        /** Replaces the indexes. */
        public Builder indexes(List<IndexSchema> values) {
            indexes = new ArrayList<>(values);
            return this;
        }

        /** Appends a trigger. */
        public Builder trigger(TriggerSchema value) {
            triggers.add(value);
            return this;
        }

        /** Replaces the triggers. */
        public Builder triggers(List<TriggerSchema> values) {
            triggers = new ArrayList<>(values);
            return this;
        }

        /** Sets the comment; {@code null} removes it. */
        public Builder comment(String value) {
            comment = Optional.ofNullable(value);
            return this;
        }

        /** Appends a table option such as {@code WITHOUT ROWID}. */
        public Builder option(String value) {
            options.add(value);
            return this;
        }

        /** Replaces the table options. */
        public Builder options(List<String> values) {
            options = new ArrayList<>(values);
            return this;
        }

        /** Builds the table. */
        public TableSchema build() {
            return new TableSchema(
                    name,
                    columns,
                    primaryKey,
                    foreignKeys,
                    uniqueConstraints,
                    checkConstraints,
                    indexes,
                    triggers,
                    comment,
                    options);
        }
    }
}
