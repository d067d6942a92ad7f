package dev.retort.check;

import dev.retort.runtime.HistoryEntry;
import dev.retort.script.ScriptDirectory;

/** A revision the history records as applied whose file is not in the script directory. */
record MissingRevision(HistoryEntry recorded) {
    String revision() {
        return recorded.revision();
    }

    Finding finding(ScriptDirectory scripts) {
        return Finding.inDatabase("missing-file", revision(), describe(scripts));
    }

    private String describe(ScriptDirectory scripts) {
        return "revision " + revision() + " is recorded as applied (" + HistoryText.step(recorded)
                + ") but has no file in the script directory " + scripts.path()
                + ": restore the file, or if it was removed on purpose run 'retort repair --forget " + revision()
                + "'";
    }
}
