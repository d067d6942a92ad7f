package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum Retort records for every applied revision: the lowercase hex SHA-256 of the file's
 * text, normalised so that it is stable across checkouts.
 *
 * <p>Normalisation, applied to the text decoded as UTF-8: a leading byte order mark (U+FEFF) is
 * dropped, and every CRLF and every lone CR becomes LF. The result is encoded as UTF-8 and hashed.
 * So a file checked out with Windows line endings, or saved by an editor that adds a BOM, keeps
 * its checksum; any other edit, whitespace included, changes it.
 */
public final class ScriptChecksum {
    /** Looked up once: the provider lookup costs more than hashing a revision file, cold. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private ScriptChecksum() {}

    /** The checksum of {@code text}, normalised as described above. */
    public static String of(String text) {
        return sha256(normalise(text));
    }

    /** {@code text} without a leading BOM and with LF line endings only. */
    static String normalise(String text) {
        String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Lowercase hex SHA-256 of {@code text} encoded as UTF-8, without normalising it. */
    public static String sha256(String text) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone(); // a fresh one per call: thread-safe
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest can be cloned", e);
        }
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
