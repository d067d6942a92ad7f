package dev.retort.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The definition of a backfill, filled in by the lambda of {@code op.backfill}: either set-based,
 * {@code b -> b.set("new_field", "upper(old_field)").where("new_field IS NULL")}, which runs one
 * {@code UPDATE} per batch, or a per-row Java transform, {@code b -> b.read("old_field")
 * .transform(row -> row.set("new_field", f(row.getString("old_field"))))}, which reads each batch
 * and writes it back with JDBC batching.
 *
 * <p>The table is walked by its primary key (or {@link #key}) in keyset order, one transaction per
 * batch. Without {@link #batchSize} the batch size adapts so that each batch takes about {@link
 * #targetBatchTime} (100 ms by default), which keeps row locks short and throughput close to one
 * big {@code UPDATE}. Not thread-safe.
 */
public final class Backfill {
    static final Duration DEFAULT_TARGET = Duration.ofMillis(100);

    private final String table;
    private final List<Fragment> assignments = new ArrayList<>();
    private final List<String> read = new ArrayList<>();
    private RowTransform transform;
    private Condition filter;
    private List<String> key = List.of();
    private int batchSize;
    private Duration targetBatchTime = DEFAULT_TARGET;
    private Duration pause = Duration.ZERO;
    private long maxRowsPerSecond;
    private Duration lockTimeout;
    private Duration statementTimeout;
    private int retries = 10;
    private String name;

    private Backfill(String table) {
        this.table = table;
    }

    /** The definition of a backfill of {@code table}, filled in and checked. */
    public static Backfill of(String table, Consumer<Backfill> definition) {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("op.backfill(table, ...): the table name must not be blank");
        }
        Backfill backfill = new Backfill(table);
        definition.accept(backfill);
        backfill.check();
        return backfill;
    }

    /** Sets {@code column} to a SQL expression in each batch's {@code UPDATE}, with {@code ?} bound to {@code params}. */
    public Backfill set(String column, String expression, Object... params) {
        Objects.requireNonNull(expression, "expression");
        assignments.add(Fragment.name(column).then(" = ").then(Fragment.sql(expression, params)));
        return this;
    }

    /** Processes only rows matching this SQL condition (with bound {@code params}). */
    public Backfill where(String condition, Object... params) {
        return where(Condition.sql(condition, params));
    }

    /** Processes only rows matching {@code condition}. */
    public Backfill where(Condition condition) {
        filter = filter == null ? condition : filter.and(condition);
        return this;
    }

    /** The columns a {@link #transform} reads (besides the key); all columns when none are named. */
    public Backfill read(String... columns) {
        read.addAll(List.of(columns));
        return this;
    }

    /** Runs a Java transform on each row instead of a set-based {@code UPDATE}. */
    public Backfill transform(RowTransform rowTransform) {
        this.transform = Objects.requireNonNull(rowTransform, "transform");
        return this;
    }

    /** Walks the table by these columns (unique, not null) instead of its primary key. */
    public Backfill key(String... columns) {
        this.key = List.of(columns);
        return this;
    }

    /** A fixed number of rows per batch, instead of the adaptive size. */
    public Backfill batchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("backfill of " + table + ": batchSize must be at least 1, not " + rows);
        }
        this.batchSize = rows;
        return this;
    }

    /** The time each batch should take when the batch size adapts (100 ms by default). */
    public Backfill targetBatchTime(Duration target) {
        this.targetBatchTime = positive(target, "targetBatchTime");
        return this;
    }

    /** Sleeps this long after each batch, leaving the database to other work. */
    public Backfill pauseBetweenBatches(Duration duration) {
        this.pause = Objects.requireNonNull(duration, "pause");
        return this;
    }

    /** Processes at most this many rows per second, sleeping between batches as needed. */
    public Backfill maxRowsPerSecond(long rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("backfill of " + table + ": maxRowsPerSecond must be at least 1");
        }
        this.maxRowsPerSecond = rows;
        return this;
    }

    /**
     * How long a batch waits for a row lock before giving up and retrying (PostgreSQL {@code
     * lock_timeout} per batch; MySQL/MariaDB {@code innodb_lock_wait_timeout}, in whole seconds; H2
     * and SQLite their lock and busy timeouts).
     */
    public Backfill lockTimeout(Duration timeout) {
        this.lockTimeout = positive(timeout, "lockTimeout");
        return this;
    }

    /** How long one batch statement may run (PostgreSQL {@code statement_timeout}, MariaDB {@code max_statement_time}). */
    public Backfill statementTimeout(Duration timeout) {
        this.statementTimeout = positive(timeout, "statementTimeout");
        return this;
    }

    /** How many times a batch that failed on a lock, deadlock or timeout is retried (10 by default). */
    public Backfill retries(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("backfill of " + table + ": retries must not be negative");
        }
        this.retries = times;
        return this;
    }

    /** The name progress is reported under ({@code backfill <table>} by default). */
    public Backfill name(String taskName) {
        this.name = Objects.requireNonNull(taskName, "name");
        return this;
    }

    private void check() {
        if (assignments.isEmpty() == (transform == null)) {
            throw new BackfillException("op.backfill(\"" + table + "\"): define either set(column, expression) for a"
                    + " set-based update or transform(row -> ...) for a Java transform, not "
                    + (transform == null ? "neither" : "both"));
        }
        if (!read.isEmpty() && transform == null) {
            throw new BackfillException("op.backfill(\"" + table + "\"): read(...) is for a transform(...)");
        }
    }

    private Duration positive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("backfill of " + table + ": " + what + " must be positive");
        }
        return duration;
    }

    String table() {
        return table;
    }

    String task() {
        return name != null ? name : "backfill " + table;
    }

    List<Fragment> assignments() {
        return assignments;
    }

    Optional<RowTransform> rowTransform() {
        return Optional.ofNullable(transform);
    }

    List<String> readColumns() {
        return read;
    }

    Optional<Condition> filter() {
        return Optional.ofNullable(filter);
    }

    List<String> keyColumns() {
        return key;
    }

    int fixedBatchSize() {
        return batchSize;
    }

    Duration target() {
        return targetBatchTime;
    }

    Duration pause() {
        return pause;
    }

    long maxRate() {
        return maxRowsPerSecond;
    }

    Optional<Duration> lockWait() {
        return Optional.ofNullable(lockTimeout);
    }

    Optional<Duration> statementWait() {
        return Optional.ofNullable(statementTimeout);
    }

    int retryLimit() {
        return retries;
    }
}
