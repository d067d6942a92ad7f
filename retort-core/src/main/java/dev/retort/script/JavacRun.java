package dev.retort.script;

import dev.retort.RetortException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the in-process Java compiler over revision sources, keeping the classes in memory. */
final class JavacRun {
    private static final Logger LOG = LoggerFactory.getLogger(JavacRun.class);
    private static final String DUPLICATE_CLASS = "compiler.err.duplicate.class";

    private final JavaCompiler javac;
    private final StandardJavaFileManager files;
    private final List<String> options;

    JavacRun(JavaCompiler javac, String classPath) {
        this.javac = javac;
        this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        // -XDstringConcat=inline: string concatenation as StringBuilder calls, as before Java 9,
        // instead of an invokedynamic the JVM links on first use (about 0.1 ms each, and a revision
        // runs once per process)
        this.options = List.of(
                "--release", "17", "-proc:none", "-g", "-nowarn", "-XDstringConcat=inline", "-classpath", classPath);
    }

    /**
     * Compiles {@code sources} in one javac task. Empty if several sources declare the same class,
     * so the caller can compile them apart.
     *
     * @throws RevisionCompileException at the first error otherwise
     */
    Optional<InMemoryClassOutput> compile(List<RevisionSource> sources) {
        InMemoryClassOutput output = new InMemoryClassOutput(files);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter chatter = new StringWriter();
        boolean ok = javac.getTask(chatter, output, diagnostics, options, null, sources)
                .call();
        if (chatter.getBuffer().length() > 0) {
            LOG.debug("javac: {}", chatter);
        }
        if (ok) {
            return Optional.of(output);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
        if (sources.size() > 1 && errors.stream().anyMatch(d -> DUPLICATE_CLASS.equals(d.getCode()))) {
            return Optional.empty();
        }
        throw error(errors);
    }

    private static RetortException error(List<Diagnostic<? extends JavaFileObject>> errors) {
        if (errors.isEmpty()) {
            return new RetortException("the Java compiler failed without reporting an error; run with --verbose");
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        // "cannot find symbol" alone does not say which: javac's detail lines (symbol, location) do
        String message = String.join(
                "; ",
                first.getMessage(Locale.ROOT)
                        .lines()
                        .map(l -> l.strip().replaceAll("\\s+", " "))
                        .filter(l -> !l.isEmpty())
                        .limit(3)
                        .toList());
        if (first.getSource() instanceof RevisionSource source) {
            int line = (int) Math.max(1, first.getLineNumber());
            return new RevisionCompileException(source.script().file(), line, message);
        }
        return new RetortException("the Java compiler failed: " + message);
    }
}
