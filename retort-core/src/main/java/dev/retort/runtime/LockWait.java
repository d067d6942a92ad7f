package dev.retort.runtime;

import dev.retort.Redaction;
import dev.retort.RetortException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an attempt to take a lock, with short growing pauses, until it succeeds, the timeout
 * passes or the thread is interrupted. Polling rather than one blocking call keeps the wait
 * interruptible and lets the timeout message name the holder.
 */
final class LockWait {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLocks.class);
    private static final long FIRST_PAUSE = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LONGEST_PAUSE = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long QUIET_WAIT = TimeUnit.SECONDS.toNanos(1);

    /** One try that returns at once: blocking inside a driver would not notice interrupts. */
    interface Attempt {
        boolean tryLock() throws Exception;
    }

    /** Who holds the lock, if the database can say: {@code pid 4242 (user app, ...)}. */
    interface Holder {
        Optional<String> describe() throws Exception;
    }

    private final LockTarget target;
    private final Duration timeout;

    LockWait(LockTarget target, Duration timeout) {
        this.target = target;
        this.timeout = timeout;
    }

    LockTarget target() {
        return target;
    }

    /** Returns once {@code attempt} has succeeded; throws when the timeout passes or on interrupt. */
    void await(Attempt attempt, Holder holder) {
        long start = System.nanoTime();
        long deadline = start + saturatedNanos(timeout);
        long pause = FIRST_PAUSE;
        boolean logged = false;
        while (true) {
            if (tryOnce(attempt, start)) {
                LOG.debug(
                        "took the migration lock on {} after {} ms",
                        target.where(),
                        (System.nanoTime() - start) / 1_000_000);
                return;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new LockTimeoutException("timed out after " + LockDurations.format(timeout)
                        + " waiting for the migration lock on " + target.where() + ": held by " + describe(holder)
                        + "; raise --lock-timeout or stop that run");
            }
            if (!logged && now - start >= QUIET_WAIT) {
                LOG.info(
                        "waiting for the migration lock on {} held by {}; giving up after {}",
                        target.where(),
                        describe(holder),
                        LockDurations.format(timeout));
                logged = true;
            }
            sleep(Math.min(pause, deadline - now), start);
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    private boolean tryOnce(Attempt attempt, long start) {
        try {
            return attempt.tryLock();
        } catch (RetortException e) {
            throw e;
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(start, e);
            }
            throw new MigrationLockException(
                    "cannot take the migration lock on " + target.where() + ": "
                            + Redaction.redactUrl(firstLine(e.getMessage())),
                    e);
        }
    }

    private void sleep(long nanos, long start) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(start, e);
        }
    }

    private LockInterruptedException interrupted(long start, Exception cause) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        return new LockInterruptedException(
                "interrupted after " + LockDurations.format(waited) + " waiting for the migration lock on "
                        + target.where() + "; this run did not start",
                cause);
    }

    private String describe(Holder holder) {
        try {
            return holder.describe().orElse("another session (not identified)");
        } catch (Exception e) {
            LOG.debug("cannot tell who holds the migration lock on {}", target.where(), e);
            return "another session (cannot tell which: " + Redaction.redactUrl(firstLine(e.getMessage())) + ")";
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return Math.min(duration.toNanos(), Long.MAX_VALUE / 4);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
