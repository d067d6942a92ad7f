package dev.retort.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Who holds a lock that the database cannot describe by itself (SQLite's lock file, H2's lock row),
 * recorded by the holder as {@code <who> since <instant>}, e.g. {@code process 4242@build-7 since
 * 2026-01-14T10:00:00Z}.
 */
record LocalHolder(String who, Instant since) {
    private static final String SINCE = " since ";
    private static final String THIS_PROCESS = ProcessHandle.current().pid() + "@" + hostName();

    /** This process, holding from now: {@code process 4242@host}, or {@code <prefix> of process ...}. */
    static LocalHolder now(String prefix) {
        String process = "process " + THIS_PROCESS;
        return new LocalHolder(prefix.isEmpty() ? process : prefix + " of " + process, Instant.now());
    }

    /** Reads a record written by {@link #encode()}; empty when there is none or it is garbled. */
    static Optional<LocalHolder> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String record = text.strip();
        int at = record.lastIndexOf(SINCE);
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new LocalHolder(record.substring(0, at), Instant.parse(record.substring(at + SINCE.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    String encode() {
        return who + SINCE + since;
    }

    /** {@code process 4242@host (this process) for 12 s}. */
    String describe() {
        String mine = who.endsWith("process " + THIS_PROCESS) ? " (this process)" : "";
        return who + mine + " for " + LockDurations.since(since.toEpochMilli());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // the lock still works; only the message loses the host
            String fromEnv = System.getenv("HOSTNAME");
            return fromEnv == null || fromEnv.isBlank() ? "localhost" : fromEnv;
        }
    }
}
