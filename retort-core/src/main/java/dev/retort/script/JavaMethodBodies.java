package dev.retort.script;

import java.util.OptionalInt;

/**
 * Finds methods of a Java revision whose body is empty ({@code void downgrade(Ops op) {}}), with
 * the same lexer that reads {@code @Revision}, so comments inside the braces do not count as a
 * body. Used by {@code retort check} to flag a downgrade that silently reverts nothing.
 */
public final class JavaMethodBodies {
    private JavaMethodBodies() {}

    /**
     * The line of the first {@code void <method>(...)} declaration whose body holds nothing but
     * whitespace and comments; empty when there is none or the method has a body.
     *
     * @throws RevisionFileException if the file cannot be lexed (an unterminated literal)
     */
    public static OptionalInt emptyBody(RevisionScript script, String method) {
        if (script.kind() != ScriptKind.JAVA) {
            throw new IllegalArgumentException("not a Java revision: " + script.file());
        }
        JavaLexer lexer = new JavaLexer(script.file(), SourceText.read(script.file()));
        while (lexer.kind() != JavaLexer.Kind.END) {
            if (lexer.is(JavaLexer.Kind.IDENTIFIER, "void")) {
                lexer.next();
                if (lexer.is(JavaLexer.Kind.IDENTIFIER, method)) {
                    int line = lexer.line();
                    lexer.next();
                    if (lexer.isPunctuation('(') && emptyAfterParameters(lexer)) {
                        return OptionalInt.of(line);
                    }
                }
                continue;
            }
            lexer.next();
        }
        return OptionalInt.empty();
    }

    /** From an opening parenthesis: skips the parameters and any throws clause, then reads the body. */
    private static boolean emptyAfterParameters(JavaLexer lexer) {
        int depth = 0;
        do {
            if (lexer.isPunctuation('(')) {
                depth++;
            } else if (lexer.isPunctuation(')')) {
                depth--;
            }
            lexer.next();
        } while (depth > 0 && lexer.kind() != JavaLexer.Kind.END);
        while (lexer.kind() != JavaLexer.Kind.END && !lexer.isPunctuation('{') && !lexer.isPunctuation(';')) {
            lexer.next(); // throws clause
        }
        if (!lexer.isPunctuation('{')) {
            return false;
        }
        lexer.next();
        return lexer.isPunctuation('}');
    }
}
