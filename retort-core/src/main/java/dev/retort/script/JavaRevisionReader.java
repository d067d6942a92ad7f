package dev.retort.script;

import dev.retort.script.JavaLexer.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Java revision's metadata from its source without compiling it: the {@code @Revision}
 * attributes, which must be literals, the annotated class's name and the file's package.
 */
final class JavaRevisionReader {
    private static final Set<String> SINGLE = Set.of("id", "message", "created");
    private static final Set<String> ARRAYS = Set.of("revises", "branchLabels", "dependsOn");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "record", "enum", "interface");

    private final Path file;
    private final JavaLexer lexer;
    private String packageName = "";
    private Map<String, List<String>> attributes;
    private int annotationLine;
    private String className;
    private String irreversible;

    private JavaRevisionReader(Path file, String text) {
        this.file = file;
        this.lexer = new JavaLexer(file, text);
    }

    /** Reads {@code text}, the normalised content of {@code file}. */
    static RevisionScript read(Path file, String origin, String text) {
        JavaRevisionReader reader = new JavaRevisionReader(file, text);
        reader.scan();
        return reader.script(origin, ScriptChecksum.sha256(text));
    }

    private void scan() {
        int depth = 0;
        boolean awaitingClass = false;
        while (lexer.kind() != Kind.END) {
            if (lexer.isPunctuation('@')) {
                lexer.next();
                awaitingClass |= annotation(depth);
                continue;
            }
            if (lexer.isPunctuation('{')) {
                depth++;
            } else if (lexer.isPunctuation('}')) {
                depth--;
            } else if (depth == 0 && lexer.is(Kind.IDENTIFIER, "package") && packageName.isEmpty()) {
                lexer.next();
                packageName = qualifiedName();
                continue;
            } else if (awaitingClass
                    && depth == 0
                    && lexer.kind() == Kind.IDENTIFIER
                    && TYPE_KEYWORDS.contains(lexer.value())) {
                lexer.next();
                if (lexer.kind() != Kind.IDENTIFIER) {
                    throw lexer.error(lexer.line(), "expected the name of the @Revision class");
                }
                className = lexer.value();
                awaitingClass = false;
            }
            lexer.next();
        }
    }

    /** Reads the annotation after an {@code @}; true if it was {@code @Revision}. */
    private boolean annotation(int depth) {
        if (lexer.is(Kind.IDENTIFIER, "interface")) {
            return false; // an annotation type declaration, not a use
        }
        int line = lexer.line();
        String name = qualifiedName();
        if (depth == 0 && (name.equals("Irreversible") || name.equals("dev.retort.Irreversible"))) {
            irreversible(line);
            return false;
        }
        if (!name.equals("Revision") && !name.equals("dev.retort.Revision")) {
            if (lexer.isPunctuation('(')) {
                skipParentheses();
            }
            return false;
        }
        if (attributes != null) {
            throw lexer.error(
                    line,
                    "a second @Revision (the first is at line " + annotationLine
                            + "); a revision file declares exactly one revision");
        }
        if (depth > 0) {
            throw lexer.error(line, "@Revision must annotate a top-level class");
        }
        annotationLine = line;
        attributes = new RevisionAttributes(lexer).read();
        return true;
    }

    /** Reads {@code ("reason")} or {@code (value = "reason")} after {@code @Irreversible}. */
    private void irreversible(int line) {
        if (irreversible != null) {
            throw lexer.error(line, "a second @Irreversible; give one reason");
        }
        String usage = "@Irreversible needs its reason as a string literal: @Irreversible(\"why\")";
        if (!lexer.isPunctuation('(')) {
            throw lexer.error(line, usage);
        }
        lexer.next();
        if (lexer.is(Kind.IDENTIFIER, "value")) {
            lexer.next();
            if (!lexer.isPunctuation('=')) {
                throw lexer.error(line, usage);
            }
            lexer.next();
        }
        StringBuilder reason = new StringBuilder();
        do {
            if (lexer.isPunctuation('+')) {
                lexer.next();
            }
            if (lexer.kind() != Kind.STRING) {
                throw lexer.error(line, usage);
            }
            reason.append(lexer.value());
            lexer.next();
        } while (lexer.isPunctuation('+'));
        if (!lexer.isPunctuation(')') || reason.toString().isBlank()) {
            throw lexer.error(line, usage);
        }
        lexer.next();
        irreversible = reason.toString();
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder();
        while (lexer.kind() == Kind.IDENTIFIER) {
            name.append(lexer.value());
            lexer.next();
            if (!lexer.isPunctuation('.')) {
                break;
            }
            name.append('.');
            lexer.next();
        }
        return name.toString();
    }

    private void skipParentheses() {
        int depth = 0;
        do {
            if (lexer.isPunctuation('(')) {
                depth++;
            } else if (lexer.isPunctuation(')')) {
                depth--;
            }
            lexer.next();
        } while (depth > 0 && lexer.kind() != Kind.END);
    }

    private RevisionScript script(String origin, String checksum) {
        if (attributes == null) {
            throw lexer.error(1, "no @Revision annotation; a .java file in a versions folder must declare a revision");
        }
        String id = single("id");
        if (id == null || id.isBlank()) {
            throw lexer.error(annotationLine, "@Revision has no id; add id = \"<revision id>\"");
        }
        if (!attributes.containsKey("revises")) {
            throw lexer.error(annotationLine, "@Revision has no revises; write revises = {} for a base revision");
        }
        if (className == null) {
            throw lexer.error(annotationLine, "@Revision must annotate a class");
        }
        String binaryName = packageName.isEmpty() ? className : packageName + "." + className;
        return new RevisionScript(
                id,
                attributes.get("revises"),
                new LinkedHashSet<>(list("branchLabels")),
                list("dependsOn"),
                orEmpty(single("message")),
                orEmpty(single("created")),
                file,
                origin,
                ScriptKind.JAVA,
                checksum,
                binaryName,
                true,
                irreversible == null,
                Optional.ofNullable(irreversible));
    }

    private String single(String name) {
        List<String> value = attributes.get(name);
        return value == null ? null : value.get(0);
    }

    private List<String> list(String name) {
        return attributes.getOrDefault(name, List.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Parses {@code (name = value, ...)} after {@code @Revision}. */
    private static final class RevisionAttributes {
        private final JavaLexer lexer;
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        RevisionAttributes(JavaLexer lexer) {
            this.lexer = lexer;
        }

        Map<String, List<String>> read() {
            expect('(', "@Revision needs its attributes: @Revision(id = \"...\", revises = ...)");
            while (!lexer.isPunctuation(')')) {
                attribute();
                if (lexer.isPunctuation(',')) {
                    lexer.next();
                } else if (!lexer.isPunctuation(')')) {
                    throw lexer.error(lexer.line(), "expected , or ) in @Revision");
                }
            }
            lexer.next();
            return values;
        }

        private void attribute() {
            int line = lexer.line();
            if (lexer.kind() != Kind.IDENTIFIER) {
                throw lexer.error(line, "expected an attribute name in @Revision");
            }
            String name = lexer.value();
            if (!SINGLE.contains(name) && !ARRAYS.contains(name)) {
                throw lexer.error(
                        line,
                        "unknown @Revision attribute \"" + name
                                + "\"; known: id, revises, message, created, branchLabels, dependsOn");
            }
            lexer.next();
            expect('=', "expected = after " + name + " in @Revision");
            boolean array = lexer.isPunctuation('{');
            List<String> value = array ? array(name) : List.of(concatenation(name));
            if (array && SINGLE.contains(name)) {
                throw lexer.error(line, "@Revision " + name + " must be a single string literal, not an array");
            }
            if (values.put(name, value) != null) {
                throw lexer.error(line, "@Revision " + name + " is given twice");
            }
        }

        private List<String> array(String name) {
            lexer.next();
            List<String> items = new ArrayList<>();
            while (!lexer.isPunctuation('}')) {
                items.add(concatenation(name));
                if (lexer.isPunctuation(',')) {
                    lexer.next();
                } else if (!lexer.isPunctuation('}')) {
                    throw notLiteral(name);
                }
            }
            lexer.next();
            return items;
        }

        private String concatenation(String name) {
            StringBuilder value = new StringBuilder(literal(name));
            while (lexer.isPunctuation('+')) {
                lexer.next();
                value.append(literal(name));
            }
            return value.toString();
        }

        private String literal(String name) {
            if (lexer.kind() != Kind.STRING) {
                throw notLiteral(name);
            }
            String value = lexer.value();
            lexer.next();
            return value;
        }

        private RevisionFileException notLiteral(String name) {
            return lexer.error(
                    lexer.line(),
                    "@Revision " + name
                            + " must be a string literal (or {...} of them); Retort reads it without compiling");
        }

        private void expect(char c, String problem) {
            if (!lexer.isPunctuation(c)) {
                throw lexer.error(lexer.line(), problem);
            }
            lexer.next();
        }
    }
}
