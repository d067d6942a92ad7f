package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import dev.retort.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRevisionCompilerTest {
    @TempDir
    Path dir;

    @TempDir
    Path cache;

    private Path versions;

    @BeforeEach
    void createVersions() throws IOException {
        versions = Files.createDirectories(dir.resolve("versions"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(versions.resolve(name), text);
    }

    private static String revision(String id, String className, String body) {
        return """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "%s", revises = {})
                final class %s implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        throw new IllegalStateException("upgraded %s");
                    }

                    @Override
                    public void downgrade(Ops op) {}
                }
                %s"""
                .formatted(id, className, id, body);
    }

    private List<RevisionScript> scripts() {
        return ScriptDirectory.open(dir).scripts();
    }

    private static String upgradeMessage(Migration migration) {
        try {
            migration.upgrade(null);
            return "no exception";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Test
    void compilesLoadsAndCachesBetweenRuns() throws IOException {
        write("a1_add_users.java", revision("a1", "AddUsers", ""));
        RevisionScript script = scripts().get(0);

        JavaRevisionCompiler first = new JavaRevisionCompiler(cache);
        Migration migration = first.load(script);
        assertThat(upgradeMessage(migration)).isEqualTo("upgraded a1");
        assertThat(migration.getClass().getName()).isEqualTo("AddUsers");
        assertThat(first.load(script)).isNotSameAs(migration);
        assertThat(first.compilerInvocations()).isEqualTo(1);

        JavaRevisionCompiler second = new JavaRevisionCompiler(cache);
        assertThat(upgradeMessage(second.load(script))).isEqualTo("upgraded a1");
        assertThat(second.compilerInvocations()).isZero();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .singleElement()
                    .matches(name -> name.matches("[0-9a-f]{64}\\.classes"), "a cache key, no temporary file left");
        }
    }

    @Test
    void concurrentCompilersShareTheCacheSafely() throws Exception {
        write("a1_add_users.java", revision("a1", "AddUsers", ""));
        RevisionScript script = scripts().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Migration>> loads = pool.invokeAll(
                    List.of(() -> new JavaRevisionCompiler(cache).load(script), () -> new JavaRevisionCompiler(cache)
                            .load(script)));
            for (Future<Migration> load : loads) {
                assertThat(upgradeMessage(load.get())).isEqualTo("upgraded a1");
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void anEditedFileIsCompiledAgain() throws IOException {
        write("a1_add_users.java", revision("a1", "AddUsers", ""));
        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        compiler.load(scripts().get(0));
        write("a1_add_users.java", revision("a1", "AddUsers", "// edited\n"));
        compiler.load(scripts().get(0));
        assertThat(compiler.compilerInvocations()).isEqualTo(2);
    }

    @Test
    void compilesStaleFilesInOneRunAndSameNamedClassesApart() throws IOException {
        write("a1_one.java", revision("a1", "One", ""));
        write("b2_two.java", revision("b2", "Two", ""));
        write("c3_same.java", revision("c3", "Same", ""));
        write("d4_same.java", revision("d4", "Same", ""));
        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);

        List<Migration> migrations = compiler.loadAll(scripts());

        assertThat(migrations)
                .extracting(JavaRevisionCompilerTest::upgradeMessage)
                .containsExactly("upgraded a1", "upgraded b2", "upgraded c3", "upgraded d4");
        assertThat(migrations)
                .extracting(m -> m.getClass().getAnnotation(Revision.class).id())
                .containsExactly("a1", "b2", "c3", "d4");
        assertThat(migrations.get(2).getClass()).isNotSameAs(migrations.get(3).getClass());
        assertThat(compiler.compilerInvocations())
                .as("one run, then one for the second Same")
                .isEqualTo(2);
    }

    @Test
    void fallsBackToOneRunPerFileWhenHelperClassesClash() throws IOException {
        write("a1_one.java", revision("a1", "One", "final class Columns {}\n"));
        write("b2_two.java", revision("b2", "Two", "final class Columns {}\n"));
        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        assertThat(compiler.loadAll(scripts()))
                .extracting(JavaRevisionCompilerTest::upgradeMessage)
                .containsExactly("upgraded a1", "upgraded b2");
        assertThat(compiler.compilerInvocations()).isEqualTo(3);
    }

    @Test
    void loadsAPublicClassInAPackage() throws IOException {
        write(
                "a1_pkg.java",
                """
                package com.example.migrations;

                import dev.retort.*;
                import dev.retort.ops.Ops;

                @Revision(id = "a1", revises = {})
                public class Packaged implements Migration {
                    private Packaged() {}
                    public void upgrade(Ops op) { throw new IllegalStateException("packaged"); }
                    public void downgrade(Ops op) {}
                }
                """);
        Migration migration = new JavaRevisionCompiler(cache).load(scripts().get(0));
        assertThat(migration.getClass().getName()).isEqualTo("com.example.migrations.Packaged");
        assertThat(upgradeMessage(migration)).isEqualTo("packaged");
    }

    @Test
    void aCompileErrorNamesFileAndLine() throws IOException {
        Path file = write(
                "a1_broken.java",
                revision("a1", "Broken", "")
                        .replace(
                                "public void downgrade(Ops op) {}",
                                "public void downgrade(Ops op) { op.noSuchOperation(\"users\"); }"));
        RevisionScript script = scripts().get(0);
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).load(script))
                .isInstanceOf(RevisionCompileException.class)
                .hasMessage(file + ":13: cannot find symbol; symbol: method noSuchOperation(java.lang.String);"
                        + " location: variable op of type dev.retort.ops.Ops");
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void preparedRevisionsAreDefinedAheadAndInstantiatedOnLoad() throws IOException {
        for (int i = 1; i <= 6; i++) {
            write("r" + i + "_step.java", revision("r" + i, "Step" + i, ""));
        }
        new JavaRevisionCompiler(cache).loadAll(scripts());

        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        compiler.prepare(scripts());
        assertThat(compiler.compilerInvocations()).isZero();
        assertThat(scripts())
                .extracting(script -> upgradeMessage(compiler.load(script)))
                .containsExactly(
                        "upgraded r1", "upgraded r2", "upgraded r3", "upgraded r4", "upgraded r5", "upgraded r6");
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws IOException {
        write("a1_one.java", revision("a1", "One", ""));
        write("b2_two.java", revision("b2", "Two", ""));
        write("c3_three.java", revision("c3", "Three", ""));
        new JavaRevisionCompiler(cache).loadAll(scripts());
        ClassCache classCache = new ClassCache(cache, RetortVersion.current());
        Path cut = classCache.file(classCache.key(scripts().get(1)));
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // a crash while it was written
        Path damaged = classCache.file(classCache.key(scripts().get(2)));
        bytes = Files.readAllBytes(damaged);
        bytes[bytes.length - 1] ^= 0x55; // the last byte of the last class file
        Files.write(damaged, bytes);

        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        compiler.prepare(scripts());
        assertThat(scripts())
                .extracting(script -> upgradeMessage(compiler.load(script)))
                .containsExactly("upgraded a1", "upgraded b2", "upgraded c3");
        assertThat(compiler.compilerInvocations())
                .as("b2 and c3 compiled again")
                .isEqualTo(2);
        assertThat(classCache.read(classCache.key(scripts().get(1)))).containsKey("Two");
    }

    @Test
    void cacheEntriesWithImpossibleLengthsAreRefusedAsDamaged() throws IOException {
        Path file = write("a1_one.java", revision("a1", "One", ""));
        new JavaRevisionCompiler(cache).load(scripts().get(0));
        ClassCache classCache = new ClassCache(cache, RetortVersion.current());
        String key = classCache.key(scripts().get(0));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(out)) {
            data.writeInt(0x52544331);
            data.writeInt(1);
            data.writeUTF("One");
            data.writeInt(-5);
        }
        Files.write(classCache.file(key), out.toByteArray());
        assertThatThrownBy(() -> classCache.read(key))
                .isInstanceOf(IOException.class)
                .hasMessage(classCache.file(key) + " is truncated or damaged");
        assertThat(upgradeMessage(new JavaRevisionCompiler(cache).load(scripts().get(0))))
                .as(file + " compiled again")
                .isEqualTo("upgraded a1");
    }

    @Test
    void revisionsPreparedButNotLoadedAreDiscarded() throws IOException {
        for (int i = 1; i <= 4; i++) {
            write("r" + i + "_step.java", revision("r" + i, "Step" + i, ""));
        }
        new JavaRevisionCompiler(cache).loadAll(scripts());
        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        compiler.prepare(scripts());
        assertThat(upgradeMessage(compiler.load(scripts().get(0)))).isEqualTo("upgraded r1");
        compiler.discardPrepared(); // the run stopped after r1
        assertThat(upgradeMessage(compiler.load(scripts().get(3)))).isEqualTo("upgraded r4");
        assertThat(compiler.compilerInvocations()).isZero();
    }

    @Test
    void aConstructorRunsWhenItsRevisionLoadsNotWhenPrepared() throws IOException {
        Path file = write(
                "a1_ctor.java",
                revision("a1", "Ctor", "")
                        .replace(
                                "final class Ctor implements Migration {",
                                "final class Ctor implements Migration {\n"
                                        + "    Ctor() { throw new IllegalStateException(\"no config\"); }"));
        JavaRevisionCompiler compiler = new JavaRevisionCompiler(cache);
        compiler.prepare(scripts());
        assertThatThrownBy(() -> compiler.load(scripts().get(0)))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessage(file + ": constructing class Ctor failed: java.lang.IllegalStateException: no config");
    }

    @Test
    void aRevisionUsingAnotherRevisionFilesClassIsRefusedBeforeAnythingRuns() throws IOException {
        write("a1_one.java", revision("a1", "One", "final class Shared {}\n"));
        // only in a field's and a parameter's type: no class constant, still needed at run time
        Path file = write(
                "b2_two.java",
                revision("b2", "Two", "")
                        .replace(
                                "final class Two implements Migration {",
                                "final class Two implements Migration {\n"
                                        + "    private java.util.List<Shared> kept;\n"
                                        + "    void take(Shared shared) {}"));
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).prepare(scripts()))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessage(file + ": class Two uses class Shared, which versions/a1_one.java declares; a revision"
                        + " can use only its own classes and the application's, so give it a copy or move Shared"
                        + " into the application");
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).as("nothing cached").isEmpty();
        }
    }

    @Test
    void aClassThatIsNotAMigrationFailsWhenPrepared() throws IOException {
        Path file = write("a1_not.java", "@dev.retort.Revision(id = \"a1\", revises = {})\nfinal class Not {}\n");
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).prepare(scripts()))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessageStartingWith(file + ": class Not does not implement dev.retort.Migration;");
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).as("nothing cached").isEmpty();
        }
    }

    @Test
    void aClassThatIsNotAMigration() throws IOException {
        Path file = write("a1_not.java", "@dev.retort.Revision(id = \"a1\", revises = {})\nfinal class Not {}\n");
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).load(scripts().get(0)))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessage(file + ": class Not does not implement dev.retort.Migration;"
                        + " declare it as \"final class Not implements Migration\"");
    }

    @Test
    void aClassWithoutANoArgConstructor() throws IOException {
        Path file = write(
                "a1_ctor.java",
                revision("a1", "Ctor", "")
                        .replace(
                                "final class Ctor implements Migration {",
                                "final class Ctor implements Migration {\n    Ctor(int x) {}"));
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).load(scripts().get(0)))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessage(file + ": class Ctor has no no-arg constructor; add one");
    }

    @Test
    void anIdThatDiffersFromTheSource() throws IOException {
        Path file = write("a1_id.java", revision("a1", "Ids", ""));
        RevisionScript read = scripts().get(0);
        RevisionScript wrong = new RevisionScript(
                "zz",
                read.revises(),
                read.branchLabels(),
                read.dependsOn(),
                read.message(),
                read.created(),
                read.file(),
                read.origin(),
                read.kind(),
                read.checksum(),
                read.className(),
                true,
                true);
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).load(wrong))
                .isInstanceOf(InvalidRevisionClassException.class)
                .hasMessage(file + ": class Ids has @Revision id \"a1\" but its source reads id \"zz\";"
                        + " write the id as a plain string literal");
    }

    @Test
    void aFileChangedAfterListingIsRefused() throws IOException {
        Path file = write("a1_add_users.java", revision("a1", "AddUsers", ""));
        RevisionScript script = scripts().get(0);
        write("a1_add_users.java", revision("a1", "AddUsers", "// changed\n"));
        assertThatThrownBy(() -> new JavaRevisionCompiler(cache).load(script))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage(file + ":1: changed while Retort was running; run the command again");
    }

    @Test
    void theDefaultCacheFollowsXdg() {
        Path cacheDirectory = JavaRevisionCompiler.defaultCacheDirectory();
        assertThat(cacheDirectory.endsWith(Path.of(".cache", "retort", "classes"))
                        || System.getenv("XDG_CACHE_HOME") != null)
                .as(cacheDirectory.toString())
                .isTrue();
        assertThat(cacheDirectory.endsWith(Path.of("retort", "classes"))).isTrue();
    }
}
