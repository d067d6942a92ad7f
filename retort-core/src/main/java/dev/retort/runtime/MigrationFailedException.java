package dev.retort.runtime;

import dev.retort.RetortException;
import java.util.List;
import java.util.Optional;

/**
 * A revision failed while upgrading or downgrading. On databases with transactional DDL the
 * revision was rolled back; otherwise {@link #appliedStatements()} lists what had already been
 * committed by the database and must be checked by hand.
 */
public final class MigrationFailedException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String file;
    private final transient Optional<String> statement;
    private final transient List<String> appliedStatements;

    MigrationFailedException(
            String message,
            String revision,
            String file,
            Optional<String> statement,
            List<String> appliedStatements,
            Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.file = file;
        this.statement = statement;
        this.appliedStatements = List.copyOf(appliedStatements);
    }

    /** The id of the revision that failed. */
    public String revision() {
        return revision;
    }

    /** Its file, relative to the script directory where possible. */
    public String file() {
        return file;
    }

    /** The statement that failed, when a statement did. */
    public Optional<String> statement() {
        return statement;
    }

    /** Statements of the revision the database had already committed (non-transactional DDL). */
    public List<String> appliedStatements() {
        return appliedStatements;
    }
}
