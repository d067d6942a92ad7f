package dev.retort.script;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Keeps the class files javac writes in memory, grouped by the revision source they came from, so
 * that one javac run over many files still gives each file its own cache entry.
 */
final class InMemoryClassOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<FileObject, Map<String, byte[]>> classes = new HashMap<>();

    InMemoryClassOutput(StandardJavaFileManager delegate) {
        super(delegate);
    }

    /** The binary names and bytes of the classes compiled from {@code source}. */
    Map<String, byte[]> classesOf(RevisionSource source) {
        return classes.getOrDefault(source, Map.of());
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
            Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        if (!(sibling instanceof RevisionSource)) {
            throw new IllegalStateException("javac wrote " + className + " without a revision source");
        }
        Map<String, byte[]> bySource = classes.computeIfAbsent(sibling, s -> new LinkedHashMap<>());
        URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
        return new SimpleJavaFileObject(uri, kind) {
            @Override
            public OutputStream openOutputStream() {
                return new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        bySource.put(className, toByteArray());
                    }
                };
            }
        };
    }
}
