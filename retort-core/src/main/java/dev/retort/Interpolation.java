package dev.retort;

import java.util.Map;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in config values with environment
 * variables. {@code $$} is a literal {@code $}. A variable that is unset and has no default is an
 * error rather than an empty string, because an empty password or URL fails later with a far less
 * helpful message.
 */
final class Interpolation {
    private Interpolation() {}

    static String apply(String value, Map<String, String> environment, String where) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '$' || i + 1 >= value.length()) {
                out.append(c);
                i++;
            } else if (value.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (value.charAt(i + 1) == '{') {
                int end = value.indexOf('}', i + 2);
                if (end < 0) {
                    throw new ConfigException(where + ": unterminated ${ in value");
                }
                out.append(resolve(value.substring(i + 2, end), environment, where));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String resolve(String expression, Map<String, String> environment, String where) {
        int dash = expression.indexOf(":-");
        String name = dash < 0 ? expression : expression.substring(0, dash);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigException(where + ": '${" + expression + "}' is not a valid variable reference");
        }
        String value = environment.get(name);
        if (dash >= 0) {
            // as in the shell, ':-' also replaces a variable that is set but empty
            return value == null || value.isEmpty() ? expression.substring(dash + 2) : value;
        }
        if (value != null) {
            return value;
        }
        throw new ConfigException(where + ": environment variable " + name + " is not set (write ${" + name
                + ":-default} to give a default)");
    }
}
