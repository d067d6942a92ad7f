package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header cache behind {@link ScriptDirectory#openCached}: a run reads again exactly the files
 * that changed, whatever their times say, and a cache it cannot use only costs it the reading.
 */
class HeaderCacheTest {
    @TempDir
    Path dir;

    @TempDir
    Path cacheRoot;

    private Path versions;

    @BeforeEach
    void writeRevisions() throws IOException {
        versions = Files.createDirectories(dir.resolve("versions"));
        Files.writeString(versions.resolve("a1_first.sql"), ScriptDirectoryTest.sql("a1", ""));
        Files.writeString(
                versions.resolve("b2_second.sql"),
                "-- Labelled\n-- revision: b2\n-- revises: a1\n-- branch_labels: audit, billing\n"
                        + "-- depends_on: a1\n-- +retort no-transaction\n\n-- +retort upgrade\nSELECT 2;\n");
        Files.writeString(
                versions.resolve("c3_third.java"),
                "import dev.retort.*;\nimport dev.retort.ops.Ops;\n\n@Irreversible(\"prices are rounded\")\n"
                        + "@Revision(id = \"c3\", revises = \"b2\", message = \"r\u00e9sum\u00e9 of c3\")\n"
                        + "final class Rc3 implements Migration {\n    public void upgrade(Ops op) {}\n}\n");
    }

    private ScriptDirectory open(Duration settled) {
        return ScriptDirectory.open(dir, List.of(versions), cacheRoot, settled);
    }

    private ScriptDirectory open() {
        return open(Duration.ZERO);
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(cacheRoot)) {
            return files.filter(f -> f.toString().endsWith(".headers"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aSecondReadTakesEveryUnchangedFileFromTheCacheWithTheSameMetadata() {
        ScriptDirectory first = open();
        List<RevisionScript> read = first.scripts();
        assertThat(first.headerCacheHits()).isZero();

        ScriptDirectory second = open();
        assertThat(second.scripts()).isEqualTo(read);
        assertThat(second.headerCacheHits()).isEqualTo(3);
        RevisionScript b2 = second.find("b2").orElseThrow();
        assertThat(b2.branchLabels()).containsExactly("audit", "billing");
        assertThat(b2.dependsOn()).containsExactly("a1");
        assertThat(b2.transactional()).isFalse();
        RevisionScript c3 = second.find("c3").orElseThrow();
        assertThat(c3.irreversible()).contains("prices are rounded");
        assertThat(c3.message()).isEqualTo("r\u00e9sum\u00e9 of c3");
        assertThat(c3.file()).isEqualTo(versions.resolve("c3_third.java"));
    }

    @Test
    void anEditThatKeepsTheSizeAndTheModificationTimeIsStillSeen() throws IOException, InterruptedException {
        // file times tick in steps of a few milliseconds: an edit in the same step as the write
        // before it is what the settle time is for, so let these settle
        Thread.sleep(100);
        Duration settled = Duration.ofMillis(50);
        open(settled).scripts();
        Path a1 = versions.resolve("a1_first.sql");
        FileTime modified = Files.getLastModifiedTime(a1);
        ScriptDirectory cached = open(settled);
        String before = cached.find("a1").orElseThrow().checksum();
        assertThat(cached.headerCacheHits()).isEqualTo(3);
        // same length, same modification time: only the change time (which nothing sets back) differs
        Files.writeString(a1, Files.readString(a1).replace("SELECT 1;", "SELECT 7;"));
        Files.setLastModifiedTime(a1, modified);

        ScriptDirectory after = open(settled);
        RevisionScript edited = after.find("a1").orElseThrow();
        assertThat(edited.checksum()).isNotEqualTo(before).isEqualTo(ScriptChecksum.of(Files.readString(a1)));
        assertThat(after.headerCacheHits()).isEqualTo(2);
    }

    @Test
    void addedAndDeletedFilesAreSeen() throws IOException {
        open().scripts();
        Files.delete(versions.resolve("c3_third.java"));
        Files.writeString(versions.resolve("d4_fourth.sql"), ScriptDirectoryTest.sql("d4", "b2"));

        ScriptDirectory after = open();
        assertThat(after.scripts()).extracting(RevisionScript::id).containsExactly("a1", "b2", "d4");
        assertThat(after.headerCacheHits()).isEqualTo(2);
        ScriptDirectory again = open();
        assertThat(again.scripts()).extracting(RevisionScript::id).containsExactly("a1", "b2", "d4");
        assertThat(again.headerCacheHits()).isEqualTo(3);
    }

    @Test
    void filesModifiedWithinTheSettleTimeAreNotKept() {
        open(Duration.ofHours(1)).scripts();

        ScriptDirectory second = open(Duration.ofHours(1));
        assertThat(second.scripts()).hasSize(3);
        assertThat(second.headerCacheHits()).isZero();
    }

    @Test
    void aFileWhoseChangeTimeIsRecentIsNotKeptWhateverItsModificationTime() throws IOException {
        // as cp -p, rsync -a or tar leave a file: an old modification time, a new change time
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.list(versions)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        open(Duration.ofMinutes(1)).scripts();

        ScriptDirectory second = open(Duration.ofMinutes(1));
        assertThat(second.scripts()).hasSize(3);
        assertThat(second.headerCacheHits()).isZero();
    }

    @Test
    void aCacheWhoseContentDoesNotMatchItsCrcIsIgnored() throws IOException {
        List<RevisionScript> read = open().scripts();
        Path cache = cacheFile();
        byte[] bytes = Files.readAllBytes(cache);
        // change one hex digit of a recorded checksum: it still parses, only the CRC tells
        String checksum = read.get(0).checksum();
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(checksum);
        assertThat(at).isPositive();
        bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
        Files.write(cache, bytes);

        ScriptDirectory damaged = open();
        assertThat(damaged.scripts()).isEqualTo(read);
        assertThat(damaged.headerCacheHits()).isZero();
    }

    @Test
    void aDamagedCacheIsIgnoredAndWrittenAnew() throws IOException {
        List<RevisionScript> read = open().scripts();
        Path cache = cacheFile();
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x20; // inside an entry: only the CRC tells
        Files.write(cache, bytes);

        ScriptDirectory damaged = open();
        assertThat(damaged.scripts()).isEqualTo(read);
        assertThat(damaged.headerCacheHits()).isZero();
        ScriptDirectory rewritten = open();
        assertThat(rewritten.scripts()).isEqualTo(read);
        assertThat(rewritten.headerCacheHits()).isEqualTo(3);

        Files.write(cache, new byte[] {1, 2, 3}); // cut short
        assertThat(open().scripts()).isEqualTo(read);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheReading() throws IOException {
        Path notADirectory = Files.writeString(cacheRoot.resolve("file"), "in the way");
        List<RevisionScript> read = ScriptDirectory.open(dir, List.of(versions), notADirectory, Duration.ZERO)
                .scripts();
        ScriptDirectory second = ScriptDirectory.open(dir, List.of(versions), notADirectory, Duration.ZERO);

        assertThat(second.scripts()).isEqualTo(read).hasSize(3);
        assertThat(second.headerCacheHits()).isZero();
    }

    @Test
    void eachScriptDirectoryHasItsOwnEntries() throws IOException {
        open().scripts();
        Path other = Files.createDirectories(dir.resolve("elsewhere/versions"));
        Files.copy(versions.resolve("a1_first.sql"), other.resolve("a1_first.sql"));

        ScriptDirectory elsewhere =
                ScriptDirectory.open(dir.resolve("elsewhere"), List.of(other), cacheRoot, Duration.ZERO);
        assertThat(elsewhere.scripts()).extracting(RevisionScript::file).containsExactly(other.resolve("a1_first.sql"));
        assertThat(elsewhere.headerCacheHits()).isZero();
        try (Stream<Path> files = Files.list(cacheRoot)) {
            assertThat(files.filter(f -> f.toString().endsWith(".headers"))).hasSize(2);
        }
    }
}
