package dev.retort.schema;

import java.util.Locale;

/** What a foreign key does to referencing rows when the referenced row is deleted or updated. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL spells it, for example {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** Parses the SQL spelling (any case, any spacing); {@code null} or blank means {@link #NO_ACTION}. */
    static ReferentialAction parse(String text) {
        if (text == null || text.isBlank()) {
            return NO_ACTION;
        }
        String normalized = text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normalized)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown referential action: " + text);
    }
}
