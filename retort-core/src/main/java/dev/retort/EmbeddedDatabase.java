package dev.retort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file behind an embedded database URL (SQLite, H2), so that read-only commands can tell a
 * database that does not exist yet from an empty one without creating it by connecting.
 */
final class EmbeddedDatabase {
    private EmbeddedDatabase() {}

    /** The database file {@code url} names when that file does not exist; empty otherwise. */
    static Optional<Path> missingFile(String url) {
        return file(url).filter(f -> !Files.exists(f));
    }

    static Optional<Path> file(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            String path = withoutParameters(url.substring("jdbc:sqlite:".length()), '?');
            path = path.startsWith("file:") ? path.substring("file:".length()) : path;
            return path.isEmpty() || path.contains(":memory:") || path.contains("mode=memory")
                    ? Optional.empty()
                    : Optional.of(Path.of(path));
        }
        if (url.startsWith("jdbc:h2:")) {
            String path = withoutParameters(url.substring("jdbc:h2:".length()), ';');
            if (path.startsWith("mem:")
                    || path.startsWith("tcp:")
                    || path.startsWith("ssl:")
                    || path.startsWith("zip:")) {
                return Optional.empty();
            }
            path = path.startsWith("file:") ? path.substring("file:".length()) : path;
            if (path.startsWith("~")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            return Optional.of(Path.of(path + ".mv.db"));
        }
        return Optional.empty();
    }

    private static String withoutParameters(String text, char separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }
}
