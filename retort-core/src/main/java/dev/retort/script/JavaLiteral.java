package dev.retort.script;

import java.util.List;
import java.util.stream.Collectors;

/** Renders values as Java source literals for generated revision files. */
final class JavaLiteral {
    private JavaLiteral() {}

    /** {@code s} as a quoted Java string literal. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // octal, not a unicode escape: javac would decode that before lexing
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An annotation array value: {@code {}}, a single {@code "a"}, or {@code {"a", "b"}}. */
    static String array(List<String> values) {
        if (values.size() == 1) {
            return string(values.get(0));
        }
        return values.stream().map(JavaLiteral::string).collect(Collectors.joining(", ", "{", "}"));
    }
}
