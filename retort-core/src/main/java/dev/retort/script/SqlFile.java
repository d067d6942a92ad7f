package dev.retort.script;

import java.util.List;

/** A SQL revision file's structure: header metadata and sections, before statement splitting. */
record SqlFile(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        boolean noTransaction,
        SqlSection upgrade,
        SqlSection downgrade) {

    boolean hasDowngrade() {
        return downgrade != null;
    }
}
