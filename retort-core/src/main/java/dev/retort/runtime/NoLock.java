package dev.retort.runtime;

/** An in-memory database private to one connection: nobody else can migrate it, so nothing to lock. */
final class NoLock implements MigrationLock {
    @Override
    public void close() {}
}
