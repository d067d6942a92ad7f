package dev.retort.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Database-level lock identifiers derived from the caller's key. Every process must derive the same
 * identifier from the same key, so these use SHA-256, never {@link String#hashCode()} or anything
 * that could change between Java versions.
 */
final class LockNames {
    private static final String PREFIX = "retort:";
    /** MySQL 5.7+ rejects {@code GET_LOCK} names longer than 64 characters. */
    private static final int MYSQL_NAME_LIMIT = 64;

    private LockNames() {}

    /** {@code retort:<key>}: the lock as messages name it. */
    static String display(String key) {
        return PREFIX + key;
    }

    /** The {@code bigint} for {@code pg_advisory_lock}: the first 8 bytes of SHA-256 of {@code retort:<key>}. */
    static long advisoryKey(String key) {
        byte[] digest = sha256(display(key));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return value;
    }

    /** The H2 lock row's id: the low half of {@link #advisoryKey}. */
    static int rowId(String key) {
        return (int) advisoryKey(key);
    }

    /**
     * The {@code GET_LOCK} name {@code retort:<database>.<key>} (lock names are server-wide, so the
     * database is part of it), cut and suffixed with a hash of the whole name when it is longer than
     * 64 bytes.
     */
    static String mysqlName(String database, String key) {
        String name = PREFIX + (database == null || database.isEmpty() ? "" : database + ".") + key;
        if (utf8Length(name) <= MYSQL_NAME_LIMIT) {
            return name;
        }
        String hash = "~" + HexFormat.of().formatHex(sha256(name), 0, 8);
        StringBuilder prefix = new StringBuilder();
        int budget = MYSQL_NAME_LIMIT - hash.length();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            budget -= utf8Length(next);
            if (budget < 0) {
                break;
            }
            prefix.append(next);
            i += Character.charCount(codePoint);
        }
        return prefix + hash;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
