package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsExtractedOnceUnderANameOfItsContent() throws Exception {
        var resource = SqliteNativeLibrary.resourceName();
        if (resource.isEmpty()) {
            return; // a platform the cache does not handle: the driver extracts as usual
        }
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        assertThat(library.getParent().getParent()).isEqualTo(cache);
        assertThat(library.getParent().getFileName().toString()).matches("sqlite-[0-9a-f]{8}-[0-9]+");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource.get())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
        }
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(library, written);
        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library); // no temporary file left behind
        }
    }

    @Test
    void theCacheLivesBesideTheClassCache() {
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/x/retort/native"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/retort/native"));
    }
}
