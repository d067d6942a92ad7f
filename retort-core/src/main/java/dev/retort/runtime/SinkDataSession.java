package dev.retort.runtime;

import dev.retort.data.DataSession;
import dev.retort.data.Progress;
import dev.retort.data.SqlText;
import dev.retort.dialect.Dialect;
import java.sql.Connection;

/**
 * The {@link DataSession} of one migration: data statements go through the revision's {@link
 * SqlSink}, so they are recorded for failure reports and written out offline like any other
 * statement. Not thread-safe.
 */
final class SinkDataSession implements DataSession {
    private final Dialect dialect;
    private final SqlSink sink;
    private final ResumeJournal journal;
    private final Runnable onWrite;

    SinkDataSession(Dialect dialect, SqlSink sink, ResumeJournal journal, Runnable onWrite) {
        this.dialect = dialect;
        this.sink = sink;
        this.journal = journal;
        this.onWrite = onWrite;
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
        return sink.offline();
    }

    @Override
    public Connection connection() {
        return sink.connection();
    }

    @Override
    public long write(SqlText statement) {
        onWrite.run();
        long rows = sink.executeUpdate(statement.sql(), statement.params());
        journal.rows(rows);
        return rows;
    }

    @Override
    public void note(String text) {
        sink.comment(text);
    }

    @Override
    public void progress(Progress progress) {
        journal.progress(progress);
    }
}
