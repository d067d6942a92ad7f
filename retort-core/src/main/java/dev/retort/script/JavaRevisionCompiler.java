package dev.retort.script;

import dev.retort.Migration;
import dev.retort.RetortException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles Java revision files in process when their migrations must run, and caches the classes
 * between runs.
 *
 * <p>Each file's classes live in their own cache directory, keyed by SHA-256 of the file's text,
 * the Retort build and the Java feature version, so two files may declare classes of the same
 * name. Files not yet cached are compiled together in one javac run when their class names do not
 * clash (much faster than one run each). The default cache is {@code
 * ${XDG_CACHE_HOME:-$HOME/.cache}/retort/classes}. Thread-safe; needs a JDK, not a JRE.
 */
public final class JavaRevisionCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(JavaRevisionCompiler.class);

    private final ClassCache cache;
    private final Map<String, Class<?>> loaded = new HashMap<>();
    private JavacRun javac;
    private int invocations;

    /** A compiler caching in {@link #defaultCacheDirectory()}. */
    public JavaRevisionCompiler() {
        this(defaultCacheDirectory());
    }

    /** A compiler caching in {@code cacheDirectory}, created when first needed. */
    public JavaRevisionCompiler(Path cacheDirectory) {
        this.cache = new ClassCache(cacheDirectory, RetortVersion.current());
    }

    /** {@code ${XDG_CACHE_HOME:-$HOME/.cache}/retort/classes}. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort", "classes");
        }
        String home = System.getenv("HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return base.resolve(".cache").resolve("retort").resolve("classes");
    }

    /** Where compiled classes are cached. */
    public Path cacheDirectory() {
        return cache.root();
    }

    /** How many times this instance ran the Java compiler; zero when everything was cached. */
    public synchronized int compilerInvocations() {
        return invocations;
    }

    /**
     * A new instance of {@code script}'s migration class, compiled if it is not cached.
     *
     * @throws RevisionCompileException if the file does not compile
     * @throws InvalidRevisionClassException if its class cannot be used as a migration
     */
    public Migration load(RevisionScript script) {
        return loadAll(List.of(script)).get(0);
    }

    /** New instances of the scripts' migration classes, in order, compiling the stale ones at once. */
    public synchronized List<Migration> loadAll(Collection<RevisionScript> scripts) {
        Map<String, RevisionScript> stale = new LinkedHashMap<>();
        for (RevisionScript script : scripts) {
            if (script.kind() != ScriptKind.JAVA) {
                throw new IllegalArgumentException("not a Java revision: " + script.file());
            }
            String key = cache.key(script);
            if (!loaded.containsKey(key) && !cache.contains(key)) {
                stale.putIfAbsent(key, script);
            }
        }
        compile(stale.values());
        List<Migration> migrations = new ArrayList<>(scripts.size());
        for (RevisionScript script : scripts) {
            migrations.add(RevisionClass.instantiate(script, classOf(script)));
        }
        return migrations;
    }

    private void compile(Collection<RevisionScript> stale) {
        if (stale.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<RevisionSource> sources = new ArrayList<>();
        for (RevisionScript script : stale) {
            sources.add(new RevisionSource(script, SourceText.readUnchanged(script)));
        }
        for (List<RevisionSource> group : withDistinctClassNames(sources)) {
            compileTogether(group);
        }
        LOG.debug("compiled {} revision files in {} ms", sources.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void compileTogether(List<RevisionSource> group) {
        invocations++;
        var output = javac().compile(group);
        if (output.isEmpty()) {
            // two files declare the same helper class: javac needs them in separate runs
            for (RevisionSource source : group) {
                compileTogether(List.of(source));
            }
            return;
        }
        for (RevisionSource source : group) {
            cache.store(cache.key(source.script()), output.get().classesOf(source));
        }
    }

    /** Splits sources into as few groups as possible in which no class name repeats. */
    private static List<List<RevisionSource>> withDistinctClassNames(List<RevisionSource> sources) {
        List<List<RevisionSource>> groups = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (RevisionSource source : sources) {
            int i = 0;
            while (i < groups.size() && names.get(i).contains(source.script().className())) {
                i++;
            }
            if (i == groups.size()) {
                groups.add(new ArrayList<>());
                names.add(new HashSet<>());
            }
            groups.get(i).add(source);
            names.get(i).add(source.script().className());
        }
        return groups;
    }

    private Class<?> classOf(RevisionScript script) {
        String key = cache.key(script);
        Class<?> type = loaded.get(key);
        if (type == null) {
            try {
                type = new RevisionClassLoader(cache.directory(key)).loadClass(script.className());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new InvalidRevisionClassException(
                        script.file(), "cannot load class " + script.className() + ": " + e, e);
            }
            loaded.put(key, type);
        }
        return type;
    }

    private JavacRun javac() {
        if (javac == null) {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler == null) {
                throw new RetortException(
                        "no Java compiler in this Java runtime; run Retort on a JDK to use .java revisions");
            }
            javac = new JavacRun(compiler, classPath());
        }
        return javac;
    }

    /** Retort's own code first (it holds Migration), then the application's class path. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        Path retort = RetortVersion.codeLocation();
        if (retort != null) {
            entries.add(retort.toString());
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
