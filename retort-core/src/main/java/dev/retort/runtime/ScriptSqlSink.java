package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Execute;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes statements to a script for offline ({@code --sql}) mode: each terminated with {@code ;}
 * and followed by a blank line, bound parameters rendered as the dialect's literals. Not
 * thread-safe.
 */
public final class ScriptSqlSink implements SqlSink {
    private final Dialect dialect;
    private final Appendable out;

    /** Creates a sink writing {@code dialect}'s SQL to {@code out}. */
    public ScriptSqlSink(Dialect dialect, Appendable out) {
        this.dialect = dialect;
        this.out = out;
    }

    @Override
    public void execute(String sql) {
        String statement = sql.strip();
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        write(statement + ";\n\n");
    }

    @Override
    public void execute(String sql, List<?> params) {
        execute(dialect.render(new Execute(sql, new ArrayList<>(params))).get(0));
    }

    @Override
    public void comment(String text) {
        text.lines().forEach(line -> write("-- " + line + "\n"));
        write("\n");
    }

    @Override
    public Connection connection() {
        throw new OfflineException("revision reads data (op.connection()); it cannot run in offline --sql mode");
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public void autocommit(Runnable block) {
        write("COMMIT;\n\n");
        block.run();
        write("BEGIN;\n\n");
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new RetortException("cannot write the SQL script: " + e.getMessage(), e);
        }
    }
}
