package dev.retort.ops;

import java.util.List;

/** Checks of the names that operations carry, so a bad name fails where it is written. */
final class Names {
    private Names() {}

    static String require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new InvalidOperationException(what + " must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new InvalidOperationException(what + " must not contain a NUL character");
        }
        return name;
    }

    static List<String> requireAll(List<String> names, String what) {
        if (names.isEmpty()) {
            throw new InvalidOperationException(what + ": give at least one column");
        }
        names.forEach(n -> require(n, what + " column name"));
        return List.copyOf(names);
    }
}
