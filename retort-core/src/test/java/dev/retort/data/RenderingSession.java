package dev.retort.data;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import java.sql.Connection;

/** A session that only renders SQL for one real dialect: for golden tests of the statements. */
final class RenderingSession implements DataSession {
    private final Dialect dialect;

    RenderingSession(String dialect) {
        this.dialect = Dialects.named(dialect);
    }

    @Override
    public String quote(String identifier) {
        return dialect.quote(identifier);
    }

    @Override
    public String dialect() {
        return dialect.name();
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("rendering only");
    }

    @Override
    public long write(SqlText statement) {
        throw new UnsupportedOperationException("rendering only");
    }

    @Override
    public void note(String text) {}

    @Override
    public void progress(Progress progress) {}
}
