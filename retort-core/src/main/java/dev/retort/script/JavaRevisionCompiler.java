package dev.retort.script;

import dev.retort.Migration;
import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.AnnotationFormatError;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles Java revision files in process when their migrations must run, and caches the classes
 * between runs.
 *
 * <p>Each file's classes live in their own cache file, keyed by SHA-256 of the file's text,
 * the Retort build and the Java feature version, so two files may declare classes of the same
 * name. Files not yet cached are compiled together in one javac run when their class names do not
 * clash (much faster than one run each), and their lambdas are turned into plain classes ({@link
 * LambdaClasses}). Cached classes are defined ahead of use on a background thread ({@link
 * #prepare}). The default cache is {@code
 * ${XDG_CACHE_HOME:-$HOME/.cache}/retort/classes}. Thread-safe; needs a JDK, not a JRE.
 */
public final class JavaRevisionCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(JavaRevisionCompiler.class);

    private final ClassCache cache;
    private final Map<String, Class<?>> loaded = new HashMap<>();
    private final Map<String, Future<Class<?>>> preloading = new HashMap<>();
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
    public synchronized Migration load(RevisionScript script) {
        String key = cache.key(script);
        if (!loaded.containsKey(key) && !preloading.containsKey(key)) {
            prepare(List.of(script)); // not prepared: compiled now if it must be
        }
        return RevisionClass.instantiate(script, classOf(script, key));
    }

    /** New instances of the scripts' migration classes, in order, compiling the stale ones at once. */
    public synchronized List<Migration> loadAll(Collection<RevisionScript> scripts) {
        prepare(scripts);
        List<Migration> migrations = new ArrayList<>(scripts.size());
        for (RevisionScript script : scripts) {
            migrations.add(RevisionClass.instantiate(script, classOf(script, cache.key(script))));
        }
        return migrations;
    }

    /**
     * Gets the scripts' classes ready for {@link #load}, in the order given: compiles the files not
     * yet cached, all in one javac run, and checks their classes, so that a file that does not
     * compile or declares no usable migration class fails here, before anything runs; then defines
     * the cached ones' classes on a background thread, so that {@code load} finds them ready. No
     * code of a revision runs on that thread: classes are defined and linked, not initialised, and
     * a revision's constructor and static initialiser run in {@code load}. A cache entry that turns
     * out damaged there is compiled again.
     *
     * @throws RevisionCompileException if a file does not compile
     * @throws InvalidRevisionClassException if a compiled class cannot be used as a migration
     */
    public synchronized void prepare(Collection<RevisionScript> scripts) {
        Map<String, RevisionScript> stale = new LinkedHashMap<>();
        Map<String, RevisionScript> cached = new LinkedHashMap<>();
        for (RevisionScript script : scripts) {
            if (script.kind() != ScriptKind.JAVA) {
                throw new IllegalArgumentException("not a Java revision: " + script.file());
            }
            String key = cache.key(script);
            if (!loaded.containsKey(key) && !preloading.containsKey(key)) {
                (cache.contains(key) ? cached : stale).putIfAbsent(key, script);
            }
        }
        compile(stale.values());
        if (cached.size() > 1) { // one is defined when loaded: a thread would only add a hand-over
            ExecutorService worker = Executors.newSingleThreadExecutor(JavaRevisionCompiler::preloadThread);
            cached.forEach((key, script) -> preloading.put(key, worker.submit(() -> defineCached(script, key))));
            worker.shutdown(); // the thread ends when the queue is done
        }
    }

    private static Thread preloadThread(Runnable task) {
        Thread thread = new Thread(task, "retort-revision-preload");
        thread.setDaemon(true);
        return thread;
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
        refuseSharedClasses(group, output.get());
        for (RevisionSource source : group) {
            RevisionScript script = source.script();
            Map<String, byte[]> classes = output.get().classesOf(source);
            Map<String, byte[]> rewritten = rewriteLambdas(script, classes);
            Class<?> type;
            try {
                type = define(script, rewritten);
            } catch (InvalidRevisionClassException e) {
                if (rewritten == classes) {
                    throw e;
                }
                type = define(script, classes); // fails the same way if the fault is the file's
                LOG.warn(
                        "{}: kept the JVM's own lambda linking, the rewritten classes failed to load: {}",
                        script.file(),
                        e.getMessage());
                rewritten = classes;
            }
            String key = cache.key(script);
            cache.store(key, rewritten);
            loaded.put(key, type);
        }
    }

    /**
     * Refuses a revision whose classes use another revision file's classes. javac allows it when
     * the two files are compiled together, but each revision runs in a class loader of its own,
     * where the other's classes are not: it would fail half-way through a run.
     */
    private static void refuseSharedClasses(List<RevisionSource> group, InMemoryClassOutput output) {
        if (group.size() < 2) {
            return;
        }
        Map<String, RevisionSource> declaredBy = new HashMap<>();
        for (RevisionSource source : group) {
            output.classesOf(source).keySet().forEach(name -> declaredBy.put(name, source));
        }
        for (RevisionSource source : group) {
            for (Map.Entry<String, byte[]> entry : output.classesOf(source).entrySet()) {
                for (String used : ClassReferences.of(entry.getValue())) {
                    RevisionSource other = declaredBy.get(used);
                    if (other != null && other != source) {
                        throw new InvalidRevisionClassException(
                                source.script().file(),
                                "class " + entry.getKey() + " uses class " + used + ", which "
                                        + other.script().origin() + " declares; a revision can use only its own"
                                        + " classes and the application's, so give it a copy or move " + used
                                        + " into the application");
                    }
                }
            }
        }
    }

    private static Map<String, byte[]> rewriteLambdas(RevisionScript script, Map<String, byte[]> classes) {
        try {
            return LambdaClasses.rewrite(classes);
        } catch (RuntimeException e) {
            // the rewrite is an optimisation: a class file it cannot read keeps its lambdas
            LOG.warn("{}: kept the JVM's own lambda linking, the rewrite failed: {}", script.file(), e.toString());
            return classes;
        }
    }

    /** Defines {@code script}'s classes from the cache (on the preload thread, or the caller's). */
    private Class<?> defineCached(RevisionScript script, String key) {
        Map<String, byte[]> classes;
        try {
            classes = cache.read(key);
        } catch (IOException e) {
            throw new InvalidRevisionClassException(
                    script.file(), "cannot read its compiled classes in " + cache.file(key) + ": " + e, e);
        }
        return define(script, classes);
    }

    /**
     * Defines and links all of one file's classes in a loader of their own and checks the migration
     * class. Runs no code of the file: nothing is initialised (initialising a generated lambda class
     * would also initialise the interfaces with default methods it implements, which the JVM does
     * only when the lambda is first evaluated).
     */
    private static Class<?> define(RevisionScript script, Map<String, byte[]> classes) {
        RevisionClassLoader loader = new RevisionClassLoader(classes);
        Class<?> type;
        try {
            type = loader.loadClass(script.className());
            for (String name : loader.classNames()) {
                loader.loadClass(name).getDeclaredConstructors(); // links it
            }
            RevisionClass.check(script, type);
        } catch (ClassNotFoundException | LinkageError | AnnotationFormatError | TypeNotPresentException e) {
            // javac's classes do not fail so; damaged ones (a cache entry) may
            throw new InvalidRevisionClassException(
                    script.file(), "cannot load class " + script.className() + ": " + e, e);
        }
        return type;
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

    /**
     * The class of a prepared script, waiting for the preload thread if it is not done with it. A
     * cache entry that cannot be used (cut short by a crash while it was written, damaged, deleted
     * meanwhile) is deleted and the file compiled again, which reports the file's own faults.
     */
    private Class<?> classOf(RevisionScript script, String key) {
        Class<?> type = loaded.get(key);
        if (type != null) {
            return type;
        }
        Future<Class<?>> pending = preloading.remove(key);
        try {
            type = pending == null ? defineCached(script, key) : await(pending);
        } catch (InvalidRevisionClassException damaged) {
            LOG.warn("{}; compiling the file again", damaged.getMessage());
            cache.delete(key);
            compile(List.of(script));
            type = loaded.get(key);
        }
        loaded.put(key, type);
        return type;
    }

    private static Class<?> await(Future<Class<?>> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while loading revision classes", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RetortException("loading revision classes failed: " + cause, cause);
        }
    }

    /**
     * Drops the classes {@link #prepare} is defining ahead that no {@link #load} has taken, and the
     * work not yet done: for a run that stopped early.
     */
    public synchronized void discardPrepared() {
        preloading.values().forEach(pending -> pending.cancel(false));
        preloading.clear();
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
