package dev.retort.bench;

import dev.retort.script.ScriptKind;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Issue 3's whole-process targets. {@code retort upgrade heads} from empty over 1,000 revisions
 * that each create a table with three columns and an index, as {@code .sql} and as {@code .java}
 * revisions (the latter with an empty class cache, which compiles, and a warm one), against the
 * same DDL over one raw JDBC connection with one commit per revision ({@link RawDdl}); a fresh
 * database for every repetition. Then a cold {@code retort current} with the 1,000 revisions
 * applied against a bare JVM that connects and queries the version table ({@link VersionQuery}).
 *
 * <pre>bench/run.sh migrations [REPETITIONS] [COUNT] [sqlite,postgresql]</pre>
 */
public final class MigrationBenchmark {
    private final Launch launch;
    private final Path work;
    private final int count;
    private final ProcessTimer timer;

    private MigrationBenchmark(Launch launch, Path work, int count, int repetitions) throws IOException {
        this.launch = launch;
        this.work = work;
        this.count = count;
        this.timer = new ProcessTimer(repetitions);
    }

    /** Arguments: repetitions (default 5), revisions (default 1,000), databases (default sqlite,postgresql). */
    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String databases = args.length > 2 ? args[2] : "sqlite,postgresql";
        Path work = Files.createTempDirectory("retort-bench-migrations-");
        try {
            ScriptGenerator.tables(work.resolve("sql"), count, ScriptKind.SQL);
            ScriptGenerator.tables(work.resolve("java"), count, ScriptKind.JAVA);
            MigrationBenchmark bench = new MigrationBenchmark(Launch.fromEnvironment(), work, count, repetitions);
            for (String name : databases.split(",")) {
                DatabaseKind kind = DatabaseKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
                bench.upgrade(kind);
                bench.current(kind);
            }
        } finally {
            delete(work);
        }
    }

    private void upgrade(DatabaseKind kind) throws Exception {
        Path warmCache = Files.createDirectories(work.resolve("cache-warm"));
        List<Variant> variants = new ArrayList<>();
        variants.add(onFreshDatabase(
                "raw JDBC, same DDL, commit per revision (floor)",
                kind,
                url -> launch.floor(work, RawDdl.class, drivers(kind), url, Integer.toString(count))));
        if (kind == DatabaseKind.SQLITE) {
            variants.add(onFreshDatabase(
                    "same floor, native library loaded as retort does",
                    kind,
                    url -> launch.floor(
                            work,
                            Launch.cachedSqliteLibrary(),
                            RawDdl.class,
                            drivers(kind),
                            url,
                            Integer.toString(count))));
        }
        variants.add(onFreshDatabase(
                "the floor plus Retort's two bookkeeping statements per revision (reference only)",
                kind,
                url -> launch.floor(work, RawDdl.class, drivers(kind), url, Integer.toString(count), "bookkeeping")));
        variants.add(onFreshDatabase(
                "raw JDBC, same DDL, one transaction for all (reference only)",
                kind,
                url -> launch.floor(
                        work, RawDdl.class, drivers(kind), url, Integer.toString(count), "one-transaction")));
        variants.add(onFreshDatabase(
                "retort upgrade heads --single-transaction (.sql; compare with the line above)",
                kind,
                url -> launch.retort(work, "-d", "sql", "--url", url, "upgrade", "heads", "--single-transaction")));
        variants.add(onFreshDatabase("retort upgrade heads (.sql)", kind, url -> upgrade("sql", url)));
        variants.add(onFreshDatabase("retort upgrade heads (.java, warm class cache)", kind, url -> upgrade("java", url)
                .with("XDG_CACHE_HOME", warmCache.toString())));
        variants.add(new FreshDatabase("retort upgrade heads (.java, empty class cache: compiles)", kind, null) {
            private Path cache;

            @Override
            public Command setUp() throws Exception {
                cache = Files.createTempDirectory(work, "cache-cold-");
                return upgrade("java", open()).with("XDG_CACHE_HOME", cache.toString());
            }

            @Override
            public void tearDown() throws Exception {
                super.tearDown();
                delete(cache);
            }
        });
        List<Timing> timings = timer.measure(variants);
        Report.print(
                "upgrade heads, " + count + " revisions (table + index each), " + kind + ", whole process",
                timings,
                timings.get(0));
    }

    private void current(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            timer.run(upgrade("sql", db.url()));
            List<Variant> variants = new ArrayList<>();
            variants.add(Variant.of(
                    "bare JVM: connect, read the version table (floor)",
                    launch.floor(work, VersionQuery.class, drivers(kind), db.url())));
            if (kind == DatabaseKind.SQLITE) {
                variants.add(Variant.of(
                        "same floor, native library loaded as retort does",
                        launch.floor(work, Launch.cachedSqliteLibrary(), VersionQuery.class, drivers(kind), db.url())));
            }
            variants.addAll(List.of(
                    Variant.of(
                            "retort current (.java revisions)",
                            launch.retort(work, "-d", "java", "--url", db.url(), "current")),
                    Variant.of(
                            "retort current (.sql revisions)",
                            launch.retort(work, "-d", "sql", "--url", db.url(), "current")),
                    Variant.of(
                            "java -jar retort.jar current (.java revisions)",
                            launch.retortJar(work, "-d", "java", "--url", db.url(), "current"))));
            List<Timing> timings = timer.measure(variants);
            Report.print(
                    "current, " + count + " revisions applied, " + kind + ", whole process", timings, timings.get(0));
        }
    }

    private Command upgrade(String dir, String url) {
        return launch.retort(work, "-d", dir, "--url", url, "upgrade", "heads");
    }

    private static List<String> drivers(DatabaseKind kind) {
        return switch (kind) {
            case SQLITE -> List.of("org.sqlite.JDBC");
            case POSTGRESQL -> List.of("org.postgresql.Driver");
            case MARIADB -> List.of("org.mariadb.jdbc.Driver");
            case H2 -> List.of("org.h2.Driver");
        };
    }

    private Variant onFreshDatabase(String name, DatabaseKind kind, Function<String, Command> command) {
        return new FreshDatabase(name, kind, command);
    }

    /** A variant that runs on a database created for each repetition and dropped after it. */
    private static class FreshDatabase implements Variant {
        private final String name;
        private final DatabaseKind kind;
        private final Function<String, Command> command;
        private TestDatabase database;

        FreshDatabase(String name, DatabaseKind kind, Function<String, Command> command) {
            this.name = name;
            this.kind = kind;
            this.command = command;
        }

        @Override
        public String name() {
            return name;
        }

        String open() {
            database = TestDatabase.create(kind);
            return database.url();
        }

        @Override
        public Command setUp() throws Exception {
            return command.apply(open());
        }

        @Override
        public void tearDown() throws Exception {
            database.close();
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
