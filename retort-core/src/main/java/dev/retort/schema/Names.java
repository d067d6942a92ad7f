package dev.retort.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the schema records show names in their {@code toString}: bare when simple, else quoted. */
final class Names {
    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private Names() {}

    static String display(String name) {
        return SIMPLE.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    static String display(List<String> names) {
        return names.stream().map(Names::display).collect(Collectors.joining(", ", "(", ")"));
    }

    static String constraintPrefix(Optional<String> name) {
        return name.map(n -> "CONSTRAINT " + display(n) + " ").orElse("");
    }
}
