package dev.retort.runtime;

import java.util.List;

/**
 * The {@code detail} of a running history row: how many statements are committed, the last of them,
 * and the one that started next (which may or may not have completed when a process died).
 */
final class JournalText {
    static final int LIMIT = 2000;
    private static final int STATEMENT = 160;

    private JournalText() {}

    static String progress(List<String> committed, String next) {
        String tail = next == null
                ? ""
                : "; then started (it may or may not have completed): " + (committed.size() + 1) + ") " + shorten(next);
        if (committed.isEmpty()) {
            return "no statement committed yet" + tail;
        }
        String count = committed.size() + (committed.size() == 1 ? " statement" : " statements") + " committed";
        int first = 0;
        String listed = list(committed, first);
        while (count.length() + listed.length() + tail.length() + 40 > LIMIT && first < committed.size() - 1) {
            listed = list(committed, ++first);
        }
        String elided = first == 0 ? "" : " (the last " + (committed.size() - first) + " listed)";
        return count + elided + ": " + listed + tail;
    }

    private static String list(List<String> statements, int from) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < statements.size(); i++) {
            text.append(i == from ? "" : " | ").append(i + 1).append(") ").append(shorten(statements.get(i)));
        }
        return text.toString();
    }

    static String shorten(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= STATEMENT ? flat : flat.substring(0, STATEMENT) + "...";
    }
}
