package dev.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * A SQL revision split into statements for one database's syntax.
 *
 * @param script the revision's metadata
 * @param upgrade the statements of the upgrade section, in order
 * @param downgrade the statements of the downgrade section; empty also when there is no such
 *     section, which {@link RevisionScript#hasDowngrade()} tells apart
 */
public record SqlRevision(RevisionScript script, List<SqlStatement> upgrade, List<SqlStatement> downgrade) {
    /** Copies the lists. */
    public SqlRevision {
        Objects.requireNonNull(script, "script");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /**
     * Reads {@code script}'s file again and splits its sections with {@code syntax}.
     *
     * @throws RevisionFileException if a quote, dollar quote or comment is not closed, or the file
     *     changed since {@code script} was read
     */
    public static SqlRevision read(RevisionScript script, SqlSyntax syntax) {
        if (script.kind() != ScriptKind.SQL) {
            throw new IllegalArgumentException("not a SQL revision: " + script.file());
        }
        SqlFile file = SqlFileParser.parse(script.file(), SourceText.readUnchanged(script));
        SqlSplitter splitter = new SqlSplitter(syntax, script.file());
        List<SqlStatement> downgrade = file.hasDowngrade() ? splitter.split(file.downgrade()) : List.of();
        return new SqlRevision(script, splitter.split(file.upgrade()), downgrade);
    }
}
