package dev.retort;

/** What {@code retort repair} records (Flyway users know the command; each action is explicit here). */
public enum RepairAction {
    /** An applied revision's file was changed on purpose: record its new checksum (a {@code rebaseline} row). */
    ACCEPT,
    /**
     * A dirty revision's changes are all in place (the run got through them, or they were finished by
     * hand): record the step as done and move the version table as the step would have.
     */
    APPLIED,
    /** A dirty revision's committed statements were undone by hand: record that; the version table stays. */
    ROLLED_BACK,
    /** An applied revision's file was removed on purpose (e.g. old revisions squashed): stop expecting it. */
    FORGET
}
