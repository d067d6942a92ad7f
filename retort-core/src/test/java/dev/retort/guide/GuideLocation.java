package dev.retort.guide;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code examples/guide} from the module's working directory. */
final class GuideLocation {
    private GuideLocation() {}

    static Path guide() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path guide = p.resolve("examples/guide");
            if (Files.isDirectory(guide)) {
                return guide;
            }
        }
        throw new IllegalStateException(
                "examples/guide not found above " + Path.of("").toAbsolutePath());
    }
}
