package dev.retort.dialect;

import dev.retort.ops.SqlType;

/** The ANSI spellings of the portable types, the default of {@link StandardDialect#renderType}. */
final class StandardTypes {
    private StandardTypes() {}

    static String render(StandardDialect d, SqlType type) {
        switch (type.kind()) {
            case STRING:
                return type.length() > 0 ? "VARCHAR(" + type.length() + ")" : "VARCHAR";
            case NUMERIC:
                return type.precision() > 0 ? "NUMERIC(" + type.precision() + ", " + type.scale() + ")" : "NUMERIC";
            case TIMESTAMP_WITH_TIME_ZONE:
                return "TIMESTAMP WITH TIME ZONE";
            case FLOAT:
                return "REAL";
            case DOUBLE:
                return "DOUBLE PRECISION";
            case BINARY:
                return type.length() > 0 ? "VARBINARY(" + type.length() + ")" : "BLOB";
            case ENUM:
                return d.nativeEnums() ? d.enumType(type) : "VARCHAR(" + type.longestValue() + ")";
            case RAW:
                return type.sql();
            default:
                return type.kind().name();
        }
    }
}
