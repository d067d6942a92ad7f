package dev.retort.runtime;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs statements on one JDBC connection, logging each at DEBUG (never its bound values). The
 * connection stays the caller's: it is neither committed (except around {@link #autocommit}) nor
 * closed. Not thread-safe.
 */
public final class JdbcSqlSink implements SqlSink {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSqlSink.class);

    private final Connection connection;

    /** Creates a sink over {@code connection}. */
    public JdbcSqlSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) {
        LOG.debug("{}", sql);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e, false);
        }
    }

    @Override
    public void execute(String sql, List<?> params) {
        LOG.debug("{} -- with {} bound parameter(s)", sql, params.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                statement.setObject(i + 1, value instanceof Enum ? ((Enum<?>) value).name() : value);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e, true);
        }
    }

    @Override
    public long executeUpdate(String sql, List<?> params) {
        LOG.debug("{} -- with {} bound parameter(s)", sql, params.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                statement.setObject(i + 1, value instanceof Enum ? ((Enum<?>) value).name() : value);
            }
            // executeUpdate, not executeLargeUpdate: not every driver has the latter
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e, !params.isEmpty());
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public boolean offline() {
        return false;
    }

    @Override
    public void autocommit(Runnable block) {
        try {
            if (connection.getAutoCommit()) {
                block.run();
                return;
            }
            LOG.debug("COMMIT (leaving the transaction for statements that cannot run inside one)");
            connection.commit();
            connection.setAutoCommit(true);
            try {
                block.run();
            } finally {
                connection.setAutoCommit(false);
                LOG.debug("BEGIN (back in a transaction)");
            }
        } catch (SQLException e) {
            throw new RetortException("cannot switch the connection to autocommit and back: " + e.getMessage(), e);
        }
    }
}
