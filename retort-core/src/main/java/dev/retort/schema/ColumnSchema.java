package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a reflected table.
 *
 * @param name the column's name as the catalog stores it (unquoted)
 * @param declaredType the type as the database reports it: exactly as written on SQLite (for
 *     example {@code VARCHAR(20)} or an empty string for a column without a type), the catalog's
 *     rendering elsewhere ({@code character varying(20)} on PostgreSQL, {@code varchar(20)} on
 *     MariaDB, {@code CHARACTER VARYING(20)} on H2)
 * @param nullable whether the column accepts {@code NULL}
 * @param defaultExpression the server default as SQL text (on SQLite exactly as written, with its
 *     parentheses); empty when there is none
 * @param autoincrement whether the database generates values: {@code AUTOINCREMENT} on SQLite,
 *     {@code serial} or identity on PostgreSQL, {@code AUTO_INCREMENT} on MariaDB, identity on H2
 * @param comment the column's comment, where the database has comments
 * @param collation the collation, when declared on the column rather than inherited
 * @param computed the expression of a generated column
 */
public record ColumnSchema(
        String name,
        String declaredType,
        boolean nullable,
        Optional<String> defaultExpression,
        boolean autoincrement,
        Optional<String> comment,
        Optional<String> collation,
        Optional<Computed> computed) {

    /** Validates the components. */
    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(computed, "computed");
    }

    /** Starts a nullable column without default, comment, collation or generation. */
    public static Builder builder(String name, String declaredType) {
        return new Builder(name, declaredType);
    }

    /** A builder preset with this column's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name, declaredType);
        b.nullable = nullable;
        b.defaultExpression = defaultExpression;
        b.autoincrement = autoincrement;
        b.comment = comment;
        b.collation = collation;
        b.computed = computed;
        return b;
    }

    /** Shows the column much as DDL would, listing only what differs from a plain nullable column. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Names.display(name));
        if (!declaredType.isEmpty()) {
            s.append(' ').append(declaredType);
        }
        if (!nullable) {
            s.append(" NOT NULL");
        }
        defaultExpression.ifPresent(d -> s.append(" DEFAULT ").append(d));
        if (autoincrement) {
            s.append(" AUTOINCREMENT");
        }
        collation.ifPresent(c -> s.append(" COLLATE ").append(c));
        computed.ifPresent(c -> s.append(' ').append(c));
        comment.ifPresent(
                c -> s.append(" COMMENT '").append(c.replace("'", "''")).append('\''));
        return s.toString();
    }

    /** Builds a {@link ColumnSchema}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String declaredType;
        private boolean nullable = true;
        private Optional<String> defaultExpression = Optional.empty();
        private boolean autoincrement;
        private Optional<String> comment = Optional.empty();
        private Optional<String> collation = Optional.empty();
        private Optional<Computed> computed = Optional.empty();

        private Builder(String name, String declaredType) {
            this.name = name;
            this.declaredType = declaredType;
        }

        /** Renames the column. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** Changes the declared type. */
        public Builder declaredType(String value) {
            declaredType = value;
            return this;
        }

        /** Marks the column {@code NOT NULL}. */
        public Builder notNull() {
            return nullable(false);
        }

        /** Sets whether the column accepts {@code NULL}. */
        public Builder nullable(boolean value) {
            nullable = value;
            return this;
        }

        /** Sets the server default as SQL text; {@code null} removes it. */
        public Builder defaultExpression(String value) {
            defaultExpression = Optional.ofNullable(value);
            return this;
        }

        /** Marks the column as generating its values. */
        public Builder autoincrement() {
            return autoincrement(true);
        }

        /** Sets whether the column generates its values. */
        public Builder autoincrement(boolean value) {
            autoincrement = value;
            return this;
        }

        /** Sets the comment; {@code null} removes it. */
        public Builder comment(String value) {
            comment = Optional.ofNullable(value);
            return this;
        }

        /** Sets the collation; {@code null} removes it. */
        public Builder collation(String value) {
            collation = Optional.ofNullable(value);
            return this;
        }

        /** Makes this a generated column. */
        public Builder computed(String expression, boolean stored) {
            return computed(new Computed(expression, stored));
        }

        /** Sets the generation; {@code null} makes it an ordinary column. */
        public Builder computed(Computed value) {
            computed = Optional.ofNullable(value);
            return this;
        }

        /** Builds the column. */
        public ColumnSchema build() {
            return new ColumnSchema(
                    name, declaredType, nullable, defaultExpression, autoincrement, comment, collation, computed);
        }
    }
}
