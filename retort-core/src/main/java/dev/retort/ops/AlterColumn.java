package dev.retort.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes a column: its name, type, nullability, server default or comment. The {@code existing*}
 * hints describe the column as it is before the change; MySQL needs them to restate the whole
 * column ({@code MODIFY}), and {@link #reverse()} needs the hint of every aspect that changes.
 *
 * @param table the table
 * @param column the column's current name
 * @param newName the new name, if renamed
 * @param type the new type, if changed
 * @param using PostgreSQL's {@code USING} conversion for a type change (ignored elsewhere)
 * @param nullable the new nullability, if changed
 * @param serverDefault the new server default, if changed ({@link ServerDefault#none()} drops it)
 * @param comment the new comment, if changed (an empty string removes it)
 * @param existingType the type before the change
 * @param existingNullable the nullability before the change
 * @param existingServerDefault the default before the change ({@link ServerDefault#none()}: none)
 * @param existingComment the comment before the change (empty string: none)
 * @param existingAutoIncrement whether the column is auto-incremented (MySQL keeps it only if restated)
 */
public record AlterColumn(
        String table,
        String column,
        Optional<String> newName,
        Optional<SqlType> type,
        Optional<String> using,
        Optional<Boolean> nullable,
        Optional<ServerDefault> serverDefault,
        Optional<String> comment,
        Optional<SqlType> existingType,
        Optional<Boolean> existingNullable,
        Optional<ServerDefault> existingServerDefault,
        Optional<String> existingComment,
        Optional<Boolean> existingAutoIncrement)
        implements Operation {
    /** Validates the components. */
    public AlterColumn {
        Names.require(table, "table name");
        Names.require(column, "column name");
        newName.ifPresent(n -> Names.require(n, "new column name"));
        if (newName.isEmpty() && type.isEmpty() && nullable.isEmpty() && serverDefault.isEmpty() && comment.isEmpty()) {
            throw new InvalidOperationException("alterColumn " + table + "." + column + ": nothing to change");
        }
        if (using.isPresent() && type.isEmpty()) {
            throw new InvalidOperationException(
                    "alterColumn " + table + "." + column + ": using(...) needs a type(...) change");
        }
    }

    /** Starts a description of changes to {@code table.column}. */
    public static Builder builder(String table, String column) {
        return new Builder(table, column);
    }

    /** The column's name after the change. */
    public String finalName() {
        return newName.orElse(column);
    }

    /** The aspects that change besides the name, in words, for messages: {@code [type, nullability]}. */
    public List<String> changedAspects() {
        List<String> aspects = new ArrayList<>();
        type.ifPresent(t -> aspects.add("type"));
        nullable.ifPresent(n -> aspects.add("nullability"));
        serverDefault.ifPresent(d -> aspects.add("server default"));
        comment.ifPresent(c -> aspects.add("comment"));
        return aspects;
    }

    /**
     * The change back, which swaps each changed aspect with its {@code existing*} hint.
     *
     * @throws IrreversibleOperationException if a changed aspect has no hint
     */
    @Override
    public AlterColumn reverse() {
        String subject = "alterColumn " + table + "." + column;
        return new AlterColumn(
                table,
                finalName(),
                newName.map(n -> column),
                type.map(t -> hint(existingType, subject, "existingType")),
                Optional.empty(),
                nullable.map(n -> hint(existingNullable, subject, "existingNullable")),
                serverDefault.map(d -> hint(existingServerDefault, subject, "existingServerDefault")),
                comment.map(c -> hint(existingComment, subject, "existingComment")),
                type.isPresent() ? type : existingType,
                nullable.isPresent() ? nullable : existingNullable,
                serverDefault.isPresent() ? serverDefault : existingServerDefault,
                comment.isPresent() ? comment : existingComment,
                existingAutoIncrement);
    }

    private static <T> T hint(Optional<T> hint, String subject, String name) {
        return hint.orElseThrow(() -> new IrreversibleOperationException(
                subject + " cannot be reversed without the " + name + "(...) hint; add it"));
    }

    /** Builds an {@link AlterColumn}. Not thread-safe. */
    public static final class Builder {
        private final String table;
        private final String column;
        private String newName;
        private SqlType type;
        private String using;
        private Boolean nullable;
        private ServerDefault serverDefault;
        private String comment;
        private SqlType existingType;
        private Boolean existingNullable;
        private ServerDefault existingServerDefault;
        private String existingComment;
        private Boolean existingAutoIncrement;

        private Builder(String table, String column) {
            this.table = table;
            this.column = column;
        }

        /** Renames the column. */
        public Builder rename(String newName) {
            this.newName = newName;
            return this;
        }

        /** Changes the type. */
        public Builder type(SqlType type) {
            this.type = type;
            return this;
        }

        /** PostgreSQL's conversion of existing values for a type change: {@code price::numeric(10,2)}. */
        public Builder using(String expression) {
            this.using = expression;
            return this;
        }

        /** Changes the nullability. */
        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /** Makes the column {@code NOT NULL}. */
        public Builder notNull() {
            return nullable(false);
        }

        /** Sets the server default to a typed literal, or to a {@link ServerDefault}. */
        public Builder serverDefault(Object value) {
            this.serverDefault = ServerDefault.of(value);
            return this;
        }

        /** Drops the server default. */
        public Builder dropServerDefault() {
            this.serverDefault = ServerDefault.none();
            return this;
        }

        /** Sets the column comment. */
        public Builder comment(String comment) {
            this.comment = comment == null ? "" : comment;
            return this;
        }

        /** Removes the column comment. */
        public Builder dropComment() {
            return comment("");
        }

        /** Hint: the type before the change. */
        public Builder existingType(SqlType type) {
            this.existingType = type;
            return this;
        }

        /** Hint: the nullability before the change. */
        public Builder existingNullable(boolean nullable) {
            this.existingNullable = nullable;
            return this;
        }

        /** Hint: the server default before the change ({@link ServerDefault#none()} for none). */
        public Builder existingServerDefault(Object value) {
            this.existingServerDefault = ServerDefault.of(value);
            return this;
        }

        /** Hint: the comment before the change (empty for none). */
        public Builder existingComment(String comment) {
            this.existingComment = comment == null ? "" : comment;
            return this;
        }

        /** Hint: whether the column is auto-incremented. */
        public Builder existingAutoIncrement(boolean autoIncrement) {
            this.existingAutoIncrement = autoIncrement;
            return this;
        }

        /** The operation, validated. */
        public AlterColumn build() {
            return new AlterColumn(
                    table,
                    column,
                    Optional.ofNullable(newName),
                    Optional.ofNullable(type),
                    Optional.ofNullable(using),
                    Optional.ofNullable(nullable),
                    Optional.ofNullable(serverDefault),
                    Optional.ofNullable(comment),
                    Optional.ofNullable(existingType),
                    Optional.ofNullable(existingNullable),
                    Optional.ofNullable(existingServerDefault),
                    Optional.ofNullable(existingComment),
                    Optional.ofNullable(existingAutoIncrement));
        }
    }
}
