package dev.retort.testing;

/** The databases the integration matrix runs against. */
public enum DatabaseKind {
    SQLITE,
    H2,
    POSTGRESQL,
    MARIADB;

    /** Whether this database needs a running server (and so may be skipped when none is up). */
    public boolean isServer() {
        return this == POSTGRESQL || this == MARIADB;
    }
}
