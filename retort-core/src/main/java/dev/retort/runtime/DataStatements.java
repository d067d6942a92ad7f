package dev.retort.runtime;

import java.util.Locale;
import java.util.Set;

/** Tells statements that only change or read data from those that may commit implicitly (DDL and the rest). */
final class DataStatements {
    private static final Set<String> DATA =
            Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "WITH", "MERGE", "VALUES");

    private DataStatements() {}

    /** Whether the statement's first keyword is a data statement's; unknown statements count as not. */
    static boolean isData(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return DATA.contains(sql.substring(start, i).toUpperCase(Locale.ROOT));
    }
}
