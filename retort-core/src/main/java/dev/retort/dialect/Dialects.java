package dev.retort.dialect;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds dialects: the built-in ones ({@code sqlite}, {@code postgresql}, {@code mysql}, {@code
 * mariadb}, {@code h2}) and any registered in {@code META-INF/services/dev.retort.dialect.Dialect}.
 */
public final class Dialects {
    private Dialects() {}

    /** Every dialect on the class path, built-in ones first. */
    public static List<Dialect> all() {
        return ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The dialect serving {@code jdbcUrl}.
     *
     * @throws UnknownDialectException naming the URL's scheme (never the rest, which may hold a
     *     password) and the known dialects
     */
    public static Dialect forUrl(String jdbcUrl) {
        List<Dialect> dialects = all();
        return dialects.stream()
                .filter(d -> d.matches(jdbcUrl))
                .findFirst()
                .orElseThrow(() -> new UnknownDialectException("no dialect for JDBC URL " + scheme(jdbcUrl)
                        + "...; known dialects: " + names(dialects)
                        + " (add one through META-INF/services/dev.retort.dialect.Dialect)"));
    }

    /**
     * The dialect of this name ({@code postgresql}); {@code mysql} and {@code mariadb} are the same
     * dialect with MariaDB's differences.
     *
     * @throws UnknownDialectException listing the known names
     */
    public static Dialect named(String name) {
        List<Dialect> dialects = all();
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return dialects.stream()
                .filter(d -> d.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownDialectException(
                        "unknown dialect '" + name + "'; known dialects: " + names(dialects)));
    }

    private static String names(List<Dialect> dialects) {
        return dialects.stream().map(Dialect::name).sorted().distinct().collect(Collectors.joining(", "));
    }

    /** {@code jdbc:oracle:thin:@host} becomes {@code jdbc:oracle:}: nothing past the subprotocol. */
    static String scheme(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(none)";
        }
        int first = jdbcUrl.indexOf(':');
        int second = first < 0 ? -1 : jdbcUrl.indexOf(':', first + 1);
        return second < 0 ? "(malformed)" : jdbcUrl.substring(0, second + 1);
    }
}
