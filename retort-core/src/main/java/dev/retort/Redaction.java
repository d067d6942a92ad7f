package dev.retort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes passwords from text that may reach a user: JDBC URLs carry them as a {@code password=}
 * parameter or as {@code user:password@host}, and driver exception messages sometimes repeat the
 * URL.
 */
public final class Redaction {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|passwd|pwd)=([^&;\\s]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+):([^@/\\s]*)@");

    private Redaction() {}

    /** Returns {@code url} with any password replaced by {@code ****}. */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll(m -> m.group(1) + "=****");
        return USER_INFO.matcher(redacted).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":****@"));
    }

    /**
     * The passwords a JDBC URL carries ({@code password=} parameters, {@code user:password@host}),
     * so that they can be masked where they appear without the URL around them (drivers quote
     * fragments of the URL in their messages).
     */
    public static List<String> passwordsIn(String url) {
        List<String> found = new ArrayList<>();
        if (url == null) {
            return found;
        }
        Matcher parameter = PASSWORD_PARAMETER.matcher(url);
        while (parameter.find()) {
            found.add(parameter.group(2));
        }
        Matcher userInfo = USER_INFO.matcher(url);
        while (userInfo.find()) {
            found.add(userInfo.group(2));
        }
        found.removeIf(String::isEmpty);
        return found;
    }

    /** Returns {@code text} with URL passwords and every one of {@code passwords} masked. */
    public static String redactAll(String text, Collection<String> passwords) {
        String redacted = redactUrl(text);
        if (redacted == null) {
            return null;
        }
        for (String password : passwords) {
            if (password != null && !password.isEmpty()) {
                redacted = redacted.replace(password, "****");
            }
        }
        return redacted;
    }

    /** Returns {@code text} with URL passwords and the literal {@code password} (if known) masked. */
    public static String redact(String text, String password) {
        if (text == null) {
            return null;
        }
        String redacted = redactUrl(text);
        if (password != null && !password.isEmpty()) {
            redacted = redacted.replace(password, "****");
        }
        return redacted;
    }
}
