package dev.retort.script;

import dev.retort.Migration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;

/**
 * Identifies the Retort build for the class cache key: the released version, or for a snapshot or
 * an unpackaged build also when its code was last modified, so that a rebuilt Retort never runs
 * classes compiled against an older API.
 */
final class RetortVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/dev.retort/retort-core/pom.properties";

    private RetortVersion() {}

    static String current() {
        String version = packagedVersion();
        if (version != null && !version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return (version == null ? "unpackaged" : version) + "@" + codeModified();
    }

    private static String packagedVersion() {
        try (InputStream in = Migration.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static long codeModified() {
        Path location = codeLocation();
        if (location == null) {
            return 0;
        }
        // a classes directory keeps its own mtime when files in it are rewritten: use a class file's
        Path probe = Files.isDirectory(location) ? location.resolve("dev/retort/Migration.class") : location;
        try {
            return Files.getLastModifiedTime(probe).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The jar or classes directory Retort's core was loaded from, or null if unknown. */
    static Path codeLocation() {
        CodeSource source = Migration.class.getProtectionDomain().getCodeSource();
        try {
            return source == null || source.getLocation() == null
                    ? null
                    : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
