package dev.retort.schema;

/** SQLite DDL that Retort's parser does not understand; the reflector adds which table it was. */
final class SqliteSyntaxException extends SchemaReflectionException {
    private static final long serialVersionUID = 1L;

    SqliteSyntaxException(String message) {
        super(message);
    }
}
