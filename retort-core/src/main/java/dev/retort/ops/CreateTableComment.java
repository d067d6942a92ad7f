package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets a table's comment (a no-op, with a warning, where the database has no comments).
 *
 * @param table the table
 * @param comment the new comment
 * @param existingComment the comment before, when known: the reverse restores it
 */
public record CreateTableComment(String table, String comment, Optional<String> existingComment) implements Operation {
    /** Validates the components. */
    public CreateTableComment {
        Names.require(table, "table name");
        Objects.requireNonNull(comment, "comment");
    }

    /** Restores the previous comment, or drops the comment when there was none known. */
    @Override
    public Operation reverse() {
        return existingComment
                .filter(c -> !c.isEmpty())
                .<Operation>map(c -> new CreateTableComment(table, c, Optional.of(comment)))
                .orElseGet(() -> new DropTableComment(table, Optional.of(comment)));
    }
}
