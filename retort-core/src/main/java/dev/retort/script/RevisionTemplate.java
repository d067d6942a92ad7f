package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * A revision file template: text with {@code ${name}} placeholders ({@code $${} writes a literal
 * {@code ${}). The script directory's {@code templates/revision.<ext>.tmpl} wins over the built-in
 * one.
 */
final class RevisionTemplate {
    private final String name;
    private final String text;

    private RevisionTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The template for {@code kind} in {@code directory}, else the built-in one. */
    static RevisionTemplate of(ScriptDirectory directory, ScriptKind kind) {
        Path custom = directory.templates().resolve(fileName(kind));
        if (Files.isRegularFile(custom)) {
            return new RevisionTemplate(custom.toString(), SourceText.read(custom));
        }
        return new RevisionTemplate(fileName(kind), builtIn(kind));
    }

    static String fileName(ScriptKind kind) {
        return "revision." + kind.extension() + ".tmpl";
    }

    /** The built-in template text for {@code kind}. */
    static String builtIn(ScriptKind kind) {
        try (InputStream in = RevisionTemplate.class.getResourceAsStream(fileName(kind))) {
            if (in == null) {
                throw new IllegalStateException("missing built-in template " + fileName(kind));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in template " + fileName(kind), e);
        }
    }

    /** The text with every placeholder replaced by its value. */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int i = 0;
        while (i < text.length()) {
            int dollar = text.indexOf('$', i);
            if (dollar < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, dollar);
            if (text.startsWith("$${", dollar)) {
                out.append("${");
                i = dollar + 3;
            } else if (text.startsWith("${", dollar)) {
                i = placeholder(dollar, values, out);
            } else {
                out.append('$');
                i = dollar + 1;
            }
        }
        return out.toString();
    }

    private int placeholder(int dollar, Map<String, String> values, StringBuilder out) {
        int end = text.indexOf('}', dollar);
        String key = end < 0 ? null : text.substring(dollar + 2, end);
        if (key == null || !values.containsKey(key)) {
            throw new ScriptDirectoryException(name + ":" + lineAt(dollar) + ": unknown placeholder "
                    + (key == null ? "${" : "${" + key + "}") + "; known: " + new TreeSet<>(values.keySet()));
        }
        out.append(values.get(key));
        return end + 1;
    }

    private int lineAt(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
