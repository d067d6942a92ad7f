package dev.retort.runtime;

import dev.retort.ops.SqlType;
import java.util.Locale;

/**
 * How a rebuild converts a column whose type changes. SQLite converts every stored value with the
 * new column's type affinity; for numeric targets the copy spells that out as {@code CAST(x AS
 * NUMERIC)} and, before copying, counts the values the cast would change in meaning: text that is
 * not a number, blobs, and (for integer targets) fractions. Other targets keep each value as SQLite's
 * affinity stores it, which loses nothing.
 */
enum Conversion {
    /** Copy the value as it is. */
    NONE,
    /** To a numeric column ({@code NUMERIC}, {@code REAL}): only numbers and numeric text convert. */
    NUMERIC,
    /** To an integer column ({@code INTEGER}, {@code BOOLEAN}): only integral values convert. */
    INTEGER;

    /** The conversion a change to {@code type} needs, as SQLite's dialect declares it as {@code declared}. */
    static Conversion to(SqlType type, String declared) {
        switch (type.kind()) {
            case INTEGER:
            case BIGINT:
            case SMALLINT:
            case BOOLEAN:
                return INTEGER;
            case NUMERIC:
            case FLOAT:
            case DOUBLE:
                return NUMERIC;
            case RAW:
                return ofAffinity(declared);
            default:
                return NONE;
        }
    }

    /** For a type written as raw SQL: SQLite's affinity rules, checked only where clearly numeric. */
    private static Conversion ofAffinity(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") || type.contains("BLOB")) {
            return NONE;
        }
        boolean numeric = type.contains("REAL")
                || type.contains("FLOA")
                || type.contains("DOUB")
                || type.contains("NUM")
                || type.contains("DEC");
        return numeric ? NUMERIC : NONE;
    }

    /** The value copied into the new column, from the quoted source column. */
    String copy(String column) {
        return this == NONE ? column : "CAST(" + column + " AS NUMERIC)";
    }

    /**
     * A condition true for rows whose value the conversion would change in meaning. Comparing the
     * column with its numeric cast applies numeric affinity to the column's text, so a value passes
     * exactly when SQLite would store it as a number; for integer targets that number must also
     * equal its integer cast (a real {@code 2.0} passes, {@code 2.5} does not).
     */
    String loses(String column) {
        String cast = "CAST(" + column + " AS NUMERIC)";
        switch (this) {
            case NUMERIC:
                return column + " IS NOT NULL AND NOT (" + column + " = " + cast + ")";
            case INTEGER:
                return column + " IS NOT NULL AND NOT (" + column + " = " + cast + " AND " + cast + " = CAST(" + cast
                        + " AS INTEGER))";
            default:
                return "0";
        }
    }

    /** What the target accepts, for messages. */
    String describe() {
        return this == INTEGER ? "an integer" : "a number";
    }
}
