package dev.retort.check;

import dev.retort.runtime.HistoryEntry;
import dev.retort.script.RevisionScript;

/** An applied revision whose file no longer has the checksum recorded when it ran. */
record DriftedRevision(RevisionScript script, HistoryEntry recorded) {
    Finding finding() {
        return Finding.inFile(
                "drift",
                script,
                0,
                "revision " + script.id() + " changed after it was applied: checksum "
                        + HistoryText.shortChecksum(recorded.checksum()) + " when applied ("
                        + HistoryText.step(recorded) + "), " + HistoryText.shortChecksum(script.checksum())
                        + " now; " + wayOut());
    }

    String refusal() {
        return "revision " + script.id() + " (" + script.origin() + ") changed after it was applied (checksum "
                + HistoryText.shortChecksum(recorded.checksum()) + " then, "
                + HistoryText.shortChecksum(script.checksum())
                + " now): " + wayOut() + "; nothing was run";
    }

    private String wayOut() {
        return "restore the file, or accept the change with 'retort repair --accept " + script.id() + "'";
    }
}
