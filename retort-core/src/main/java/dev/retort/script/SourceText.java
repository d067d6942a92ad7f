package dev.retort.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads revision files as strict UTF-8 text, normalised as {@link ScriptChecksum} describes. */
final class SourceText {
    private SourceText() {}

    /** The normalised text of {@code file}. */
    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScriptDirectoryException(
                    "cannot read revision file " + file + ": " + IoProblem.describe(e)
                            + "; check that the file is readable",
                    e);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return ScriptChecksum.normalise(text);
        } catch (CharacterCodingException e) {
            throw new RevisionFileException(file, 1, "not valid UTF-8; save the file as UTF-8");
        }
    }

    /** The normalised text of {@code script}'s file, refused if it changed since it was listed. */
    static String readUnchanged(RevisionScript script) {
        String text = read(script.file());
        if (!ScriptChecksum.sha256(text).equals(script.checksum())) {
            throw new RevisionFileException(
                    script.file(), 1, "changed while Retort was running; run the command again");
        }
        return text;
    }
}
