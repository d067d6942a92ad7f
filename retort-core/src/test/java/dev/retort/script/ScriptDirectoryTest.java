package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static String sql(String id, String revises) {
        return "-- Revision " + id + "\n-- revision: " + id + "\n-- revises: " + revises
                + "\n\n-- +retort upgrade\nSELECT 1;\n";
    }

    static String java(String id, String revises) {
        return "import dev.retort.*;\nimport dev.retort.ops.Ops;\n\n@Revision(id = \"" + id + "\", revises = "
                + revises + ", message = \"Revision " + id + "\")\nfinal class R" + id
                + " implements Migration {\n    public void upgrade(Ops op) {}\n\n    public void downgrade(Ops op) {}\n}\n";
    }

    @Test
    void listsJavaAndSqlRevisionsIgnoringOtherFiles() throws IOException {
        write("versions/b2_second.java", java("b2", "\"a1\""));
        write("versions/a1_first.sql", sql("a1", ""));
        write("versions/README.md", "not a revision");
        write("versions/.#b2_second.java", "an editor's lock file");
        write("versions/sub/c3_nested.sql", sql("c3", "b2"));

        List<RevisionScript> scripts = ScriptDirectory.open(dir).scripts();

        assertThat(scripts)
                .extracting(RevisionScript::origin)
                .containsExactly("versions/a1_first.sql", "versions/b2_second.java");
        assertThat(scripts).extracting(RevisionScript::kind).containsExactly(ScriptKind.SQL, ScriptKind.JAVA);
        assertThat(scripts.get(0).className()).isEmpty();
        assertThat(scripts.get(1).revises()).containsExactly("a1");
        assertThat(scripts.get(1).file()).isEqualTo(dir.resolve("versions/b2_second.java"));
    }

    @Test
    void theGraphComesFromContentNotFileNames() throws IOException {
        write("versions/zzz_misnamed.sql", sql("a1", ""));
        assertThat(ScriptDirectory.open(dir).find("a1"))
                .get()
                .extracting(RevisionScript::origin)
                .isEqualTo("versions/zzz_misnamed.sql");
    }

    @Test
    void readsSeveralVersionLocations() throws IOException {
        write("versions/a1_first.sql", sql("a1", ""));
        write("../shared/b2_other.sql", sql("b2", "a1"));
        ScriptDirectory scripts = ScriptDirectory.open(dir, List.of(dir.resolve("versions"), dir.resolve("../shared")));
        assertThat(scripts.scripts())
                .extracting(RevisionScript::origin)
                .containsExactly("../shared/b2_other.sql", "versions/a1_first.sql");
        assertThat(scripts.find("b2")).isPresent();
        assertThat(scripts.find("zz")).isEmpty();
        ScriptDirectory twice = ScriptDirectory.open(dir, List.of(dir.resolve("versions"), dir.resolve("./versions")));
        assertThat(twice.scripts()).hasSize(1);
    }

    @Test
    void aRevisionFileWithoutMetadataIsAnError() throws IOException {
        write("versions/a1_first.sql", sql("a1", ""));
        Path stray = write("versions/notes.sql", "SELECT 1;\n");
        assertThatThrownBy(() -> ScriptDirectory.open(dir).scripts())
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(stray + ":1: SQL before the first section;"
                        + " put it under \"-- +retort upgrade\" or \"-- +retort downgrade\"");
    }

    @Test
    void duplicateIdsReachTheGraphAndFindNamesBothFiles() throws IOException {
        write("versions/a1_first.sql", sql("a1", ""));
        Path second = write("versions/a1_again.java", java("a1", "{}"));
        ScriptDirectory scripts = ScriptDirectory.open(dir);
        assertThat(scripts.scripts())
                .extracting(RevisionScript::origin)
                .containsExactly("versions/a1_again.java", "versions/a1_first.sql");
        assertThatThrownBy(() -> scripts.find("a1"))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(dir.resolve("versions/a1_first.sql") + ":1: revision a1 is also declared in"
                        + " versions/a1_again.java; give one of them a new id");
        assertThat(second).exists();
    }

    @Test
    void invalidUtf8() throws IOException {
        Path file = dir.resolve("versions/a1.sql");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'-', '-', ' ', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> ScriptDirectory.open(dir).scripts())
                .hasMessage(file + ":1: not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void missingDirectories() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> ScriptDirectory.open(missing))
                .isInstanceOf(ScriptDirectoryException.class)
                .hasMessage("script directory " + missing + " does not exist; create one with \"retort init " + missing
                        + "\"");
        assertThatThrownBy(() -> ScriptDirectory.open(dir))
                .hasMessage("version location " + dir.resolve("versions")
                        + " does not exist; create it or fix scripts.version_locations");
    }

    @Test
    void initCreatesTheLayoutAndRefusesANonEmptyDirectory() throws IOException {
        Path target = dir.resolve("migrations");
        ScriptDirectory created = ScriptDirectory.init(target);
        assertThat(target.resolve("versions")).isEmptyDirectory();
        assertThat(target.resolve("templates/revision.java.tmpl"))
                .hasContent(RevisionTemplate.builtIn(ScriptKind.JAVA));
        assertThat(target.resolve("templates/revision.sql.tmpl")).hasContent(RevisionTemplate.builtIn(ScriptKind.SQL));
        assertThat(created.scripts()).isEmpty();
        assertThat(created.versionLocations()).containsExactly(target.resolve("versions"));

        assertThatThrownBy(() -> ScriptDirectory.init(target))
                .isInstanceOf(ScriptDirectoryException.class)
                .hasMessage(target + " already exists and is not empty; choose a new directory for the scripts");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(ScriptDirectory.init(empty).path()).isEqualTo(empty);
    }

    @Test
    void readsTenThousandFilesQuickly() throws IOException {
        Path versions = Files.createDirectories(dir.resolve("versions"));
        for (int i = 0; i < 10_000; i++) {
            String id = String.format("%012x", i);
            String parent = i == 0 ? "{}" : String.format("\"%012x\"", i - 1);
            String text = i % 2 == 0 ? java(id, parent) : sql(id, i == 0 ? "" : String.format("%012x", i - 1));
            Files.writeString(versions.resolve(id + "_step." + (i % 2 == 0 ? "java" : "sql")), text);
        }
        ScriptDirectory.open(dir).scripts(); // warm up the JIT once, as a CLI run over a big directory would
        long start = System.nanoTime();
        List<RevisionScript> scripts = ScriptDirectory.open(dir).scripts();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(scripts).hasSize(10_000);
        assertThat(millis).as("milliseconds to read 10,000 revision files").isLessThan(2_000);
    }
}
