package dev.retort.runtime;

import dev.retort.schema.ColumnSchema;
import java.util.Optional;

/**
 * One column of a table being rebuilt: its definition, its name at this point of the batch (its
 * final name once the batch is applied), and the column of the live table whose values it takes.
 * Compared by identity: a renamed column is still the same column. Not thread-safe.
 */
final class ModelColumn {
    String name;
    ColumnSchema definition;
    final Optional<String> source;
    Conversion conversion = Conversion.NONE;
    boolean rejectNulls;

    ModelColumn(String name, ColumnSchema definition, Optional<String> source) {
        this.name = name;
        this.definition = definition;
        this.source = source;
    }

    boolean named(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** Whether the live column {@code liveName} is this column's source. */
    boolean from(String liveName) {
        return source.isPresent() && source.get().equalsIgnoreCase(liveName);
    }

    /** The definition under the final name. */
    ColumnSchema render() {
        return definition.toBuilder().name(name).build();
    }

    @Override
    public String toString() {
        return name;
    }
}
