package dev.retort.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * H2 stores unquoted identifiers in upper case. Reflection reports such names in lower case, the
 * way they were most likely written, and looks lower-case names up in upper case too.
 */
final class H2Names {
    private static final Pattern UPPER = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern LOWER = Pattern.compile("[a-z_][a-z0-9_]*");

    private H2Names() {}

    /** {@code USERS} becomes {@code users}; names that were quoted ({@code Users}, {@code my table}) stay. */
    static String normalize(String name) {
        return name != null && UPPER.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The name H2 stores for an unquoted {@code name}, when that differs from {@code name}. */
    static String denormalize(String name) {
        return LOWER.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
