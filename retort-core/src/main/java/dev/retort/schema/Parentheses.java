package dev.retort.schema;

/** Removes one pair of parentheses that encloses a whole SQL expression, respecting quotes. */
final class Parentheses {
    private Parentheses() {}

    /** {@code (a + 1)} becomes {@code a + 1}; {@code (a) + (b)} and {@code a} stay as they are. */
    static String strip(String expression) {
        String s = expression.trim();
        if (s.length() < 2 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
            return s;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens, which is fine here
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < s.length() - 1) {
                return s; // the first parenthesis closes before the end
            }
        }
        return s.substring(1, s.length() - 1).trim();
    }
}
