package dev.retort.script;

import javax.tools.SimpleJavaFileObject;

/** A revision file's text handed to javac from memory, remembering which revision it is. */
final class RevisionSource extends SimpleJavaFileObject {
    private final RevisionScript script;
    private final String text;

    RevisionSource(RevisionScript script, String text) {
        super(script.file().toAbsolutePath().toUri(), Kind.SOURCE);
        this.script = script;
        this.text = text;
    }

    RevisionScript script() {
        return script;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }

    /** Revision files are named {@code <id>_<slug>.java}: a public class in them is fine too. */
    @Override
    public boolean isNameCompatible(String simpleName, Kind kind) {
        return kind == Kind.SOURCE;
    }
}
