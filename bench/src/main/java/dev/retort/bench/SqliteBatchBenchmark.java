package dev.retort.bench;

import dev.retort.dialect.Dialects;
import dev.retort.ops.Column;
import dev.retort.ops.Types;
import dev.retort.runtime.ExecutingOps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times a SQLite table rebuild ({@code batchAlterTable}) of a large table through Retort on a JDBC
 * connection against the same rebuild typed into the {@code sqlite3} command-line tool, in the same
 * run and on identical copies of one database file; reports medians, their ratio, and the JVM heap
 * the Retort rebuild needed at each size.
 *
 * <p>Arguments: {@code [rows,rows...] [repetitions] [sqlite3 path]}; defaults {@code 100000,1000000 5
 * /usr/bin/sqlite3}. See {@code bench/sqlite-batch.sh} and {@code BENCHMARKS.md}.
 */
public final class SqliteBatchBenchmark {
    /**
     * What Retort checks besides running its statements, written out for the runs without Retort so
     * that they do the same work: one scan counting NULLs in {@code name} and prices NUMERIC would
     * not keep, before the copy; {@code foreign_key_check} of the rebuilt table and of the table
     * referencing it, after.
     */
    private static final String PRE_CHECK = "SELECT coalesce(sum(name IS NULL), 0), coalesce(sum(price IS NOT NULL"
            + " AND NOT (price = CAST(price AS NUMERIC))), 0) FROM item";

    private static final List<String> POST_CHECKS = List.of(
            "SELECT \"parent\", count(*) FROM pragma_foreign_key_check('item', 'main') GROUP BY \"parent\"",
            "SELECT count(*) FROM pragma_foreign_key_check('line', 'main') WHERE \"parent\" = 'item' COLLATE NOCASE");

    private SqliteBatchBenchmark() {}

    /** Runs the benchmark and prints a Markdown table. */
    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100000,1000000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Sqlite3Cli cli = new Sqlite3Cli(args.length > 2 ? args[2] : "/usr/bin/sqlite3");
        Path directory = Files.createTempDirectory("retort-bench-");
        try {
            System.out.printf(
                    Locale.ROOT,
                    "sqlite3 CLI %s, sqlite-jdbc SQLite %s, %d repetitions, %s%n%n",
                    cli.version(),
                    jdbcVersion(directory),
                    repetitions,
                    Runtime.version());
            System.out.println("| rows | file | Retort | sqlite3 CLI, same SQL + checks | Retort / CLI"
                    + " | plain JDBC, same SQL + checks | Retort / plain JDBC | sqlite3 CLI, statements only"
                    + " | Retort peak heap |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int rows : sizes) {
                measure(directory, rows, repetitions, cli);
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(Path directory, int rows, int repetitions, Sqlite3Cli cli) throws Exception {
        RebuildFixture fixture = RebuildFixture.create(directory, rows);
        HeapProbe heap = new HeapProbe();
        Path database = directory.resolve("run.db");
        List<String> statements = retort(fixture.copy(database)).statements(); // warm-up, and the SQL
        List<String> withChecks = new ArrayList<>();
        withChecks.add(PRE_CHECK);
        withChecks.addAll(statements);
        withChecks.addAll(POST_CHECKS);
        Path checked = Sqlite3Cli.script(directory.resolve("checked.sql"), withChecks);
        Path bare = Sqlite3Cli.script(directory.resolve("bare.sql"), statements);
        List<Long> retortTimes = new ArrayList<>();
        List<Long> cliTimes = new ArrayList<>();
        List<Long> jdbcTimes = new ArrayList<>();
        List<Long> bareTimes = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < repetitions; i++) {
            fixture.copy(database);
            heap.reset();
            long start = System.nanoTime();
            retort(database);
            retortTimes.add(System.nanoTime() - start);
            peak = Math.max(peak, heap.peakBytes());
            cliTimes.add(timeCli(cli, fixture.copy(database), checked));
            jdbcTimes.add(plainJdbc(fixture.copy(database), withChecks));
            bareTimes.add(timeCli(cli, fixture.copy(database), bare));
        }
        long retort = median(retortTimes);
        System.out.printf(
                Locale.ROOT,
                "| %,d | %.0f MB | %s | %s | %.2f | %s | %.2f | %s | %.1f MB |%n",
                rows,
                fixture.bytes() / 1e6,
                ms(retort),
                ms(median(cliTimes)),
                (double) retort / median(cliTimes),
                ms(median(jdbcTimes)),
                (double) retort / median(jdbcTimes),
                ms(median(bareTimes)),
                peak / 1e6);
    }

    /** The same statements and checks on a plain JDBC connection: the floor without Retort, same SQLite. */
    private static long plainJdbc(Path database, List<String> statements) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            if (rows.getLong(rows.getMetaData().getColumnCount()) != 0) {
                                throw new IllegalStateException("a check found rows: " + sql);
                            }
                        }
                    }
                }
            }
            connection.commit();
        }
        return System.nanoTime() - start;
    }

    /** Rebuilds {@code item} in one transaction, as a revision would, and returns what ran. */
    private static RecordingSink retort(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            connection.setAutoCommit(false);
            RecordingSink sink = new RecordingSink(connection);
            ExecutingOps op = new ExecutingOps(Dialects.named("sqlite"), sink, Map.of());
            op.batchAlterTable("item", b -> {
                b.alterColumn("price", c -> c.type(Types.numeric(10, 2)).existingType(Types.floatType()));
                b.alterColumn("name", c -> c.notNull());
                b.addColumn(Column.of("note", Types.text()));
            });
            connection.commit();
            return sink;
        }
    }

    private static long timeCli(Sqlite3Cli cli, Path database, Path script) throws Exception {
        long start = System.nanoTime();
        String out = cli.run(database, script);
        long time = System.nanoTime() - start;
        if (!out.strip().lines().allMatch(line -> line.equals("0|0") || line.equals("0"))) {
            throw new IllegalStateException("a check found rows: " + out);
        }
        return time;
    }

    private static String jdbcVersion(Path directory) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("version.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", nanos / 1_000_000);
    }
}
