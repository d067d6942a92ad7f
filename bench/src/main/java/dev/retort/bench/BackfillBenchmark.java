package dev.retort.bench;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 5's speed check on PostgreSQL: backfilling {@code new_field = upper(old_field)} over N
 * rows (10,000,000 by default) with Retort, against the floor of one {@code UPDATE} of the whole
 * table of the same size measured in the same run; Retort's per-row Java transform; and the
 * guide's OFFSET loop, with the rows it leaves unprocessed. Every measurement starts from a freshly
 * built table. Prints a Markdown table.
 *
 * <p>Options: {@code --rows N}; {@code --transform-rows N} (1,000,000) and {@code --offset-rows N}
 * (100,000), smaller since those methods are slow; {@code --batch-sizes 10000,1000}, the fixed
 * batch sizes measured besides the adaptive default (empty for none).
 */
public final class BackfillBenchmark {
    private static final String UPPER = ".set(\"new_field\", \"upper(old_field)\")";
    private static final String TRANSFORM = ".read(\"old_field\").transform(row -> row.set(\"new_field\","
            + " row.getString(\"old_field\").toUpperCase(java.util.Locale.ROOT)))";

    private record Line(
            String method, long rows, long table, Duration took, String batches, String longest, String note) {}

    private BackfillBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = option(args, "--rows", "10000000");
        long transformRows = option(args, "--transform-rows", "1000000");
        long offsetRows = option(args, "--offset-rows", "100000");
        String sizes = List.of(args).contains("--batch-sizes")
                ? args[List.of(args).indexOf("--batch-sizes") + 1]
                : "10000,1000";
        Path work = Files.createTempDirectory("retort-backfill-bench-");
        List<Line> lines = new ArrayList<>();
        Map<Long, Duration> floors = new HashMap<>();
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL);
                Connection connection = db.connect()) {
            warmUp(connection, work, db.url());
            for (long size : new long[] {rows, transformRows, offsetRows}) {
                if (!floors.containsKey(size)) {
                    Duration floor = floor(connection, size);
                    floors.put(size, floor);
                    lines.add(new Line("floor: one UPDATE of the whole table", size, size, floor, "1", fmt(floor), ""));
                }
            }
            lines.add(retort(connection, work, db.url(), rows, "adaptive batches (default)", UPPER));
            for (String size : sizes.isBlank() ? new String[0] : sizes.split(",")) {
                String name = String.format(Locale.ROOT, "batchSize(%,d)", Long.parseLong(size.strip()));
                lines.add(retort(connection, work, db.url(), rows, name, UPPER + ".batchSize(" + size.strip() + ")"));
            }
            lines.add(retort(connection, work, db.url(), transformRows, "per-row Java transform", TRANSFORM));
            lines.add(offset(connection, offsetRows));
            print(lines, floors);
        }
    }

    private static void warmUp(Connection connection, Path work, String url) throws Exception {
        LargeTable.rebuild(connection, 20_000);
        RetortBackfill.run(work, url, UPPER);
        LargeTable.rebuild(connection, 20_000);
        RetortBackfill.run(work, url, TRANSFORM);
    }

    private static Duration floor(Connection connection, long rows) throws Exception {
        LargeTable.rebuild(connection, rows);
        long start = System.nanoTime();
        LargeTable.execute(connection, "UPDATE large_table SET new_field = upper(old_field)");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        check(connection);
        return took;
    }

    private static Line retort(Connection connection, Path work, String url, long rows, String name, String definition)
            throws Exception {
        LargeTable.rebuild(connection, rows);
        RetortBackfill.Outcome outcome = RetortBackfill.run(work, url, definition);
        check(connection);
        return new Line(
                "Retort, " + name,
                rows,
                rows,
                outcome.took(),
                String.format(Locale.ROOT, "%,d", outcome.batches()),
                fmt(outcome.longestBatch()),
                "");
    }

    private static Line offset(Connection connection, long rows) throws Exception {
        LargeTable.rebuild(connection, rows);
        long start = System.nanoTime();
        long updated = OffsetLoop.run(connection);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long left = LargeTable.count(connection, "SELECT COUNT(*) FROM large_table WHERE new_field IS NULL");
        return new Line(
                "guide's OFFSET loop (pages of 1,000, per-row UPDATE)",
                updated,
                rows,
                took,
                "-",
                fmt(took),
                String.format(Locale.ROOT, "left %,d of %,d rows unprocessed", left, rows));
    }

    private static void check(Connection connection) throws Exception {
        long wrong = LargeTable.unprocessed(connection);
        if (wrong != 0) {
            throw new IllegalStateException(wrong + " rows were not backfilled");
        }
    }

    private static void print(List<Line> lines, Map<Long, Duration> floors) {
        System.out.println("| method | table rows | rows updated | time | rows/s | vs floor (same table) | batches"
                + " | longest batch | note |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Line line : lines) {
            double rate = line.rows() / seconds(line.took());
            double floorRate = line.table() / seconds(floors.get(line.table()));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %s | %,.0f | %.2fx | %s | %s | %s |%n",
                    line.method(),
                    line.table(),
                    line.rows(),
                    fmt(line.took()),
                    rate,
                    rate / floorRate,
                    line.batches(),
                    line.longest(),
                    line.note());
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String fmt(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : String.format(Locale.ROOT, "%.1f s", seconds(d));
    }

    private static long option(String[] args, String name, String fallback) {
        int i = List.of(args).indexOf(name);
        String value = i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
        return Long.parseLong(value.replace("_", "").replace(",", ""));
    }
}
