package dev.retort.ops;

import java.util.Optional;

/**
 * Removes a table's comment.
 *
 * @param table the table
 * @param existingComment the comment before, when known: then the drop can be reversed
 */
public record DropTableComment(String table, Optional<String> existingComment) implements Operation {
    /** Validates the components. */
    public DropTableComment {
        Names.require(table, "table name");
    }

    /** Restores the carried comment. */
    @Override
    public CreateTableComment reverse() {
        return new CreateTableComment(
                table,
                existingComment.orElseThrow(() -> new IrreversibleOperationException(
                        "dropTableComment " + table + " cannot be reversed: the existing comment is not known")),
                Optional.empty());
    }
}
