package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * A column definition, immutable: each option returns a new column, so definitions read as one
 * expression: {@code Column.of("is_verified", Types.bool()).notNull().serverDefault(false)}.
 * Columns are nullable unless {@link #notNull()} (or {@link #primaryKey()}) says otherwise.
 */
public final class Column {
    private final String name;
    private final SqlType type;
    private final boolean nullable;
    private final ServerDefault serverDefault;
    private final String comment;
    private final boolean primaryKey;
    private final boolean autoIncrement;
    private final boolean unique;

    private Column(
            String name,
            SqlType type,
            boolean nullable,
            ServerDefault serverDefault,
            String comment,
            boolean primaryKey,
            boolean autoIncrement,
            boolean unique) {
        this.name = Names.require(name, "column name");
        this.type = Objects.requireNonNull(type, "type");
        this.nullable = nullable;
        this.serverDefault = serverDefault instanceof ServerDefault.None ? null : serverDefault;
        this.comment = comment;
        this.primaryKey = primaryKey;
        this.autoIncrement = autoIncrement;
        this.unique = unique;
    }

    /** A nullable column without default. */
    public static Column of(String name, SqlType type) {
        return new Column(name, type, true, null, null, false, false, false);
    }

    /** This column declared {@code NOT NULL}. */
    public Column notNull() {
        return nullable(false);
    }

    /** This column with the given nullability. */
    public Column nullable(boolean nullable) {
        return new Column(name, type, nullable, serverDefault, comment, primaryKey, autoIncrement, unique);
    }

    /** This column with a typed literal default ({@code false}, {@code 0}, {@code "active"}), see {@link ServerDefault#of}. */
    public Column serverDefault(Object value) {
        return new Column(name, type, nullable, ServerDefault.of(value), comment, primaryKey, autoIncrement, unique);
    }

    /** This column with a comment (ignored, with a warning, where the database has no comments). */
    public Column comment(String comment) {
        return new Column(name, type, nullable, serverDefault, comment, primaryKey, autoIncrement, unique);
    }

    /** This column as (part of) the table's primary key; implies {@code NOT NULL}. */
    public Column primaryKey() {
        return new Column(name, type, false, serverDefault, comment, true, autoIncrement, unique);
    }

    /** This column filled by the database from a sequence or identity ({@code AUTO_INCREMENT}). */
    public Column autoIncrement() {
        return new Column(name, type, nullable, serverDefault, comment, primaryKey, true, unique);
    }

    /** This column with a unique constraint of its own. */
    public Column unique() {
        return new Column(name, type, nullable, serverDefault, comment, primaryKey, autoIncrement, true);
    }

    /** The column name. */
    public String name() {
        return name;
    }

    /** The column type. */
    public SqlType type() {
        return type;
    }

    /** Whether the column accepts NULL. */
    public boolean isNullable() {
        return nullable;
    }

    /** The server default, if any. */
    public Optional<ServerDefault> serverDefault() {
        return Optional.ofNullable(serverDefault);
    }

    /** The comment, if any. */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** Whether the column belongs to the primary key. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** Whether the database fills the column automatically. */
    public boolean isAutoIncrement() {
        return autoIncrement;
    }

    /** Whether the column has a unique constraint of its own. */
    public boolean isUnique() {
        return unique;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Column)) {
            return false;
        }
        Column c = (Column) other;
        return name.equals(c.name)
                && type.equals(c.type)
                && nullable == c.nullable
                && Objects.equals(serverDefault, c.serverDefault)
                && Objects.equals(comment, c.comment)
                && primaryKey == c.primaryKey
                && autoIncrement == c.autoIncrement
                && unique == c.unique;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, nullable, serverDefault, comment, primaryKey, autoIncrement, unique);
    }

    @Override
    public String toString() {
        return "Column[" + name + " " + type + (nullable ? "" : " notNull")
                + (serverDefault == null ? "" : " default=" + serverDefault)
                + (primaryKey ? " primaryKey" : "") + (autoIncrement ? " autoIncrement" : "")
                + (unique ? " unique" : "") + (comment == null ? "" : " comment") + "]";
    }
}
