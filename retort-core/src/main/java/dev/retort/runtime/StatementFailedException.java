package dev.retort.runtime;

import dev.retort.RetortException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The database refused a statement. The message names the statement (its first line) and the
 * database's own first line of explanation. Bound parameter values are never included: for a
 * statement with parameters, quoted values in the database's explanation (some databases quote
 * the offending row) are masked.
 */
public final class StatementFailedException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String statement;
    private final String sqlState;

    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");

    /**
     * Wraps the database's refusal of {@code statement}.
     *
     * @param maskValues whether the statement had bound parameters, whose values the database's
     *     message may quote
     */
    public StatementFailedException(String statement, SQLException cause, boolean maskValues) {
        super("statement failed: " + excerpt(statement) + " (" + describe(cause, maskValues) + ")", cause);
        this.statement = statement;
        this.sqlState = cause.getSQLState();
    }

    /** The full statement that failed. */
    public String statement() {
        return statement;
    }

    /** The SQLSTATE the database reported, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    static String excerpt(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        boolean more = line.length() > 120 || sql.strip().lines().count() > 1;
        return (line.length() > 120 ? line.substring(0, 120) : line) + (more ? " ..." : "");
    }

    private static String describe(SQLException e, boolean maskValues) {
        String message = e.getMessage() == null
                ? ""
                : e.getMessage().strip().lines().findFirst().orElse("");
        if (maskValues) {
            message = QUOTED.matcher(message).replaceAll("'***'");
        }
        return (e.getSQLState() == null ? "" : "SQLSTATE " + e.getSQLState() + ": ") + message;
    }
}
