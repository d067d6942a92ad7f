package dev.retort.runtime;

import dev.retort.Redaction;
import dev.retort.RetortException;
import dev.retort.script.RevisionScript;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Writes the one-line message of a failed revision: what failed, where, and what is left. */
final class Failures {
    private static final int STATEMENT_LIMIT = 300;

    private Failures() {}

    static String describe(
            RevisionScript script,
            Optional<String> statement,
            Throwable error,
            List<String> applied,
            boolean rolledBack,
            boolean upgrade) {
        StringBuilder message =
                new StringBuilder(located(script, error)).append(": ").append(reason(error));
        statement.ifPresent(sql -> message.append("; statement: ").append(shorten(sql)));
        if (!applied.isEmpty()) {
            message.append("; the database had already committed ")
                    .append(applied.size())
                    .append(applied.size() == 1 ? " statement" : " statements")
                    .append(" of this revision (DDL is not transactional here): ");
            for (int i = 0; i < applied.size(); i++) {
                message.append(i == 0 ? "" : " | ").append(i + 1).append(") ").append(shorten(applied.get(i)));
            }
            message.append(
                            upgrade
                                    ? "; the version table still names the previous revision"
                                    : "; the version table still names this revision")
                    .append(
                            " and the revision is marked dirty: check the schema, then undo those statements and run 'retort repair --rolled-back ")
                    .append(script.id())
                    .append("', or complete the revision by hand and run 'retort repair --applied ")
                    .append(script.id())
                    .append("'");
        } else if (rolledBack) {
            message.append("; rolled back, the database is still at the previous revision");
        }
        return message.toString();
    }

    /** The most telling message in the cause chain: the database's, when there is one. */
    /** {@code revision ID (FILE:LINE)}: the revision and, where known, the line that failed. */
    static String located(RevisionScript script, Throwable error) {
        return "revision " + script.id() + " (" + script.origin()
                + (error instanceof StatementFailure f ? ":" + f.line() : javaLine(script, error)) + ")";
    }

    static String reason(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                return oneLine(Redaction.redactUrl(cause.getMessage()))
                        + (state.startsWith("08") ? " (the connection to the database was lost)" : "");
            }
            cause = cause.getCause();
        }
        String message = error.getMessage();
        if (message == null && error instanceof ExceptionInInitializerError && error.getCause() != null) {
            // a static initialiser threw: what it threw is the reason
            return error.getClass().getSimpleName() + " (" + reason(error.getCause()) + ")";
        }
        if (message == null) {
            return error.getClass().getSimpleName();
        }
        // Retort's own messages stand alone; a revision's own exception is named, as Java would print it
        String prefix = error instanceof RetortException ? "" : error.getClass().getSimpleName() + ": ";
        return prefix + oneLine(Redaction.redactUrl(message));
    }

    /** {@code :line} of the Java revision's code that threw, from the stack trace; empty if not there. */
    private static String javaLine(RevisionScript script, Throwable error) {
        if (script.className().isEmpty()) {
            return "";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if ((type.equals(script.className()) || type.startsWith(script.className() + "$"))
                        && frame.getLineNumber() > 0) {
                    return ":" + frame.getLineNumber();
                }
            }
        }
        return "";
    }

    static String shorten(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= STATEMENT_LIMIT ? flat : flat.substring(0, STATEMENT_LIMIT) + "...";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
