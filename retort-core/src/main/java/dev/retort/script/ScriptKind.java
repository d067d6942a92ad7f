package dev.retort.script;

/** The two formats a revision file can have. */
public enum ScriptKind {
    /** A {@code .java} file declaring one {@code @Revision} class implementing {@code Migration}. */
    JAVA("java"),
    /** A {@code .sql} file with a comment header and {@code -- +retort} sections. */
    SQL("sql");

    private final String extension;

    ScriptKind(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
