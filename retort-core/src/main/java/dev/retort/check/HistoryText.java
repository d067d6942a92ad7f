package dev.retort.check;

import dev.retort.runtime.HistoryEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How messages name a history row and a checksum. */
final class HistoryText {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private HistoryText() {}

    /** {@code upgrade at 2026-01-14 10:00:00 UTC by alice@build-7}. */
    static String step(HistoryEntry entry) {
        return entry.direction() + " at " + TIME.format(entry.startedAt()) + " by " + entry.appliedBy();
    }

    /** The first 8 hex digits: enough to tell two checksums apart in a message. */
    static String shortChecksum(String checksum) {
        return checksum.length() <= 8 ? checksum : checksum.substring(0, 8);
    }
}
