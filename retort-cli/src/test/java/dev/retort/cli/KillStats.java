package dev.retort.cli;

import dev.retort.testing.DatabaseKind;

/** The figures of one database's kill loop, as RELIABILITY.md reports them. */
final class KillStats {
    final DatabaseKind kind;
    final long seed;
    final long started = System.nanoTime();
    int kills;
    int completed;
    int noStep;
    int midPlan;
    int atEnd;
    int dirty;
    int repairedApplied;
    int repairedRolledBack;
    int hotJournals;

    KillStats(DatabaseKind kind, long seed) {
        this.kind = kind;
        this.seed = seed;
    }

    /** Where a run (killed or not) left the database, relative to where it started and was going. */
    void classify(int before, int after, int goal) {
        if (after == before) {
            noStep++;
        } else if (after == goal) {
            atEnd++;
        } else {
            midPlan++;
        }
    }

    @Override
    public String toString() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return "kill loop " + kind + ": " + kills + " kills, " + completed + " runs finished before their kill;"
                + " runs left the database with no step applied " + noStep + ", part of the plan applied " + midPlan
                + ", at the target " + atEnd + "; dirty revisions " + dirty + " (repaired as applied "
                + repairedApplied + ", as rolled back " + repairedRolledBack + ")"
                + (kind == DatabaseKind.SQLITE ? "; hot journals left by a kill " + hotJournals : "")
                + "; every check passed; seed " + seed + ", " + seconds + " s";
    }
}
