package dev.retort.script;

import java.nio.file.Path;
import java.util.LinkedHashSet;

/** Reads one revision file's metadata, choosing the reader by the file's extension. */
final class RevisionReader {
    private RevisionReader() {}

    /** Whether {@code fileName} names a revision file Retort reads. */
    static boolean isRevisionFile(String fileName) {
        return !fileName.startsWith(".") && (fileName.endsWith(".java") || fileName.endsWith(".sql"));
    }

    /** Reads {@code file}, which the script directory knows as {@code origin}. */
    static RevisionScript read(Path file, String origin) {
        String text = SourceText.read(file);
        if (file.getFileName().toString().endsWith(".sql")) {
            return sql(file, origin, text);
        }
        return JavaRevisionReader.read(file, origin, text);
    }

    private static RevisionScript sql(Path file, String origin, String text) {
        SqlFile sql = SqlFileParser.parse(file, text);
        return new RevisionScript(
                sql.id(),
                sql.revises(),
                new LinkedHashSet<>(sql.branchLabels()),
                sql.dependsOn(),
                sql.message(),
                sql.created(),
                file,
                origin,
                ScriptKind.SQL,
                ScriptChecksum.sha256(text),
                "",
                !sql.noTransaction(),
                sql.hasDowngrade());
    }
}
