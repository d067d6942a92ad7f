package dev.retort.runtime;

import dev.retort.Migration;
import dev.retort.script.RevisionScript;
import java.util.List;

/** Turns revision scripts into runnable migrations: SQL files parsed, Java files compiled. */
public interface MigrationLoader {
    /** Prepares (compiles) all the scripts a run will need, before anything runs. */
    void prepare(List<RevisionScript> scripts);

    /** The migration of one script. */
    Migration load(RevisionScript script);

    /** Called when the run is over, done or stopped: drops what was prepared and not loaded. */
    default void finish() {}
}
