package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Migration;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Lambdas of compiled revisions become plain classes: every shape javac produces must behave
 * exactly as the JVM's own lambdas (the revision below computes a report through them, which the
 * same file compiled by plain javac, with the JVM's lambdas, must match), and the shapes the rewrite
 * leaves alone must stay invokedynamic.
 */
class LambdaClassesTest {
    @TempDir
    Path dir;

    @TempDir
    Path cache;

    private Path versions;

    @BeforeEach
    void createVersions() throws IOException {
        versions = Files.createDirectories(dir.resolve("versions"));
    }

    /** The revision's body: a report computed through every shape of lambda javac produces. */
    private static final String SHAPES =
            """
            private final String field = "f";
            private int counter;
            static final java.util.function.Supplier<String> STATIC_INIT = () -> "clinit";

            static String twice(String s) { return s + s; }
            private String suffix(String s) { return s + field; }
            private int bump() { return ++counter; }
            private static long big() { return 1L << 40; }

            String report() {
                StringBuilder out = new StringBuilder();
                java.util.function.Supplier<String> plain = () -> "plain";
                out.append(plain.get()).append(';');
                int i = 3; long l = 5_000_000_000L; double d = 2.5; String s = "s"; boolean b = true;
                java.util.function.Function<String, String> captures = x -> x + i + l + d + s + b;
                out.append(captures.apply("x")).append(';');
                java.util.function.Function<String, String> usesThis = x -> x + field + counter;
                out.append(usesThis.apply("t")).append(';');
                java.util.function.UnaryOperator<String> staticRef = Shapes::twice;
                out.append(staticRef.apply("ab")).append(';');
                java.util.function.UnaryOperator<String> privateRef = this::suffix;
                out.append(privateRef.apply("p")).append(';');
                java.util.function.IntBinaryOperator ints = (x, y) -> x * y + i;
                out.append(ints.applyAsInt(6, 7)).append(';');
                java.util.function.LongUnaryOperator longs = x -> x + l;
                out.append(longs.applyAsLong(1)).append(';');
                java.util.function.DoubleBinaryOperator doubles = (x, y) -> x / y + d;
                out.append(doubles.applyAsDouble(1, 4)).append(';');
                java.util.function.Function<Integer, Integer> boxed = x -> x + 1;
                out.append(boxed.apply(41)).append(';');
                java.util.function.Supplier<Shapes> constructor = Shapes::new;
                out.append(constructor.get().field).append(';');
                java.util.function.IntFunction<String[]> arrays = String[]::new;
                out.append(arrays.apply(4).length).append(';');
                Runnable discardsInt = this::bump;
                discardsInt.run();
                discardsInt.run();
                out.append(counter).append(';');
                Runnable discardsLong = Shapes::big;
                discardsLong.run();
                java.util.function.Supplier<Integer> boxesReturn = this::bump;
                out.append(boxesReturn.get()).append(';');
                java.util.function.Function<String, Integer> otherClass = String::length;
                out.append(otherClass.apply("four")).append(';');
                Runnable serializable = (Runnable & java.io.Serializable) () -> counter++;
                serializable.run();
                out.append(counter).append(';');
                java.util.List<java.util.function.Supplier<String>> same = new java.util.ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    same.add(() -> "same");
                }
                out.append(same.get(0) == same.get(1)).append(';');
                java.util.function.UnaryOperator<String> site1 = Shapes::twice, site2 = Shapes::twice;
                out.append(site1 == site2).append(';');
                java.util.List<String> sorted = new java.util.ArrayList<>(java.util.List.of("bb", "a", "ccc"));
                sorted.sort((x, y) -> Integer.compare(y.length(), x.length()));
                out.append(sorted).append(';');
                out.append(new Inner().call()).append(';');
                out.append(STATIC_INIT.get()).append(';');
                try {
                    java.util.function.Supplier<String> fails = () -> { throw new IllegalArgumentException("thrown"); };
                    fails.get();
                } catch (IllegalArgumentException e) {
                    out.append(e.getMessage()).append(';');
                }
                return out.toString();
            }

            class Inner {
                String call() {
                    java.util.function.Supplier<String> nested = () -> "inner" + field;
                    return nested.get();
                }
            }
            """;

    /** The revision's report with the JVM's own lambdas: the same file compiled by plain javac. */
    private String reportWithJvmLambdas(RevisionScript script) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("plain-javac"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                script.file().toString());
        assertThat(status).as("javac exit status").isZero();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, Migration.class.getClassLoader())) {
            Class<?> type = loader.loadClass(script.className());
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return report((Migration) constructor.newInstance());
        }
    }

    private RevisionScript writeShapes() throws IOException {
        Files.writeString(
                versions.resolve("a1_shapes.java"),
                """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "a1", revises = {})
                final class Shapes implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        throw new IllegalStateException(report());
                    }

                    @Override
                    public void downgrade(Ops op) {}

                """
                        + SHAPES + "}\n");
        return ScriptDirectory.open(dir).scripts().get(0);
    }

    private static String report(Migration migration) {
        try {
            migration.upgrade(null);
            return "no report";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Test
    void rewrittenLambdasBehaveLikeTheJvmsOwn() throws Exception {
        RevisionScript script = writeShapes();
        String expected = reportWithJvmLambdas(script);
        assertThat(expected)
                .isEqualTo("plain;x350000000002.5strue;tf0;abab;pf;45;5000000001;2.75;42;f;4;2;3;4;4;true;false;"
                        + "[ccc, bb, a];innerf;clinit;thrown;");

        Migration fresh = new JavaRevisionCompiler(cache).load(script); // compiled and rewritten
        assertThat(report(fresh)).isEqualTo(expected);
        Migration cached = new JavaRevisionCompiler(cache).load(script); // read back from the cache
        assertThat(report(cached)).isEqualTo(expected);
    }

    @Test
    void lambdaSitesBecomeNestedClassesExceptTheOnesTheJvmMustLink() throws IOException {
        RevisionScript script = writeShapes();
        new JavaRevisionCompiler(cache).load(script);
        ClassCache classCache = new ClassCache(cache, RetortVersion.current());
        Map<String, byte[]> classes = new TreeMap<>(classCache.read(classCache.key(script)));

        assertThat(classes.keySet())
                .contains("Shapes", "Shapes$Inner", "Shapes$$RetortLambda$1")
                .allMatch(name -> name.startsWith("Shapes"));
        long generated = classes.keySet().stream()
                .filter(n -> n.contains(LambdaClasses.MARKER))
                .count();
        // what stays invokedynamic, and why
        assertThat(lambdaSites(classes.get("Shapes")))
                .containsExactlyInAnyOrder(
                        "metafactory Shapes.bump()I as Supplier", // the int result needs boxing
                        "metafactory java/lang/String.length()I as Function", // another class's method
                        // the serializable lambda, and its re-creation in $deserializeLambda$
                        "altMetafactory Shapes",
                        "altMetafactory Shapes");
        assertThat(lambdaSites(classes.get("Shapes$Inner"))).singleElement().satisfies(site -> assertThat(site)
                .startsWith("metafactory Shapes$Inner.lambda$call$"));
        // one class per site, as the JVM links them (two sites of one method reference included);
        // the two evaluations of the loop's one site share it
        assertThat(generated).isEqualTo(19);
        for (String name : classes.keySet()) {
            if (name.contains(LambdaClasses.MARKER)) {
                assertThat(new ClassReader(classes.get(name)).getAccess() & Opcodes.ACC_SYNTHETIC)
                        .as(name + " is synthetic")
                        .isNotZero();
            }
        }
    }

    @Test
    void noRevisionCodeRunsBeforeItsLambdaIsEvaluated() throws IOException {
        // initialising a lambda class early would initialise interfaces with default methods too
        Files.writeString(
                versions.resolve("a1_lazy.java"),
                """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "a1", revises = {})
                final class Lazy implements Migration {
                    public void upgrade(Ops op) { throw new IllegalStateException("upgraded"); }
                    public void downgrade(Ops op) { Task task = () -> {}; task.run(); }
                }

                interface Task {
                    String INITIALISED = String.valueOf(System.setProperty("retort.test.lazy", "initialised"));
                    void run();
                    default String marker() { return INITIALISED; }
                }
                """);
        Files.writeString(versions.resolve("b2_other.java"), revisionWithoutLambdas("b2", "a1", "Other"));
        List<RevisionScript> scripts = ScriptDirectory.open(dir).scripts();
        System.clearProperty("retort.test.lazy");
        try {
            new JavaRevisionCompiler(cache).prepare(scripts); // compiles
            assertThat(System.getProperty("retort.test.lazy")).isNull();
            JavaRevisionCompiler cached = new JavaRevisionCompiler(cache);
            cached.prepare(scripts); // defines both on the preload thread
            Migration lazy = cached.load(scripts.get(0));
            cached.load(scripts.get(1));
            assertThat(System.getProperty("retort.test.lazy")).isNull();
            lazy.downgrade(null);
            assertThat(System.getProperty("retort.test.lazy")).isEqualTo("initialised");
        } finally {
            System.clearProperty("retort.test.lazy");
        }
    }

    private static String revisionWithoutLambdas(String id, String revises, String className) {
        return """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "%s", revises = "%s")
                final class %s implements Migration {
                    public void upgrade(Ops op) { op.execute("SELECT 1"); }
                    public void downgrade(Ops op) { op.execute("SELECT 2"); }
                }
                """
                .formatted(id, revises, className);
    }

    @Test
    void classesWithoutLambdasComeBackUnchanged() throws IOException {
        Files.writeString(
                versions.resolve("a1_plain.java"),
                """
                import dev.retort.Migration;
                import dev.retort.Revision;
                import dev.retort.ops.Ops;

                @Revision(id = "a1", revises = {})
                final class Plain implements Migration {
                    public void upgrade(Ops op) { op.execute("SELECT 1"); }
                    public void downgrade(Ops op) { op.execute("SELECT 2"); }
                }
                """);
        RevisionScript script = ScriptDirectory.open(dir).scripts().get(0);
        new JavaRevisionCompiler(cache).load(script);
        ClassCache classCache = new ClassCache(cache, RetortVersion.current());
        Map<String, byte[]> stored = classCache.read(classCache.key(script));
        assertThat(stored).containsOnlyKeys("Plain");
        assertThat(LambdaClasses.rewrite(stored).get("Plain")).isSameAs(stored.get("Plain"));
    }

    @Test
    void bytesThatAreNoClassFileAreRefusedByTheRewrite() {
        // the compiler then keeps javac's classes as they are (JavaRevisionCompiler.rewriteLambdas)
        assertThatThrownBy(() -> LambdaClasses.rewrite(Map.of("Broken", new byte[] {1, 2, 3})))
                .isInstanceOf(RuntimeException.class);
    }

    /** The invokedynamic lambda sites left in a class: bootstrap, implementation and interface. */
    private static List<String> lambdaSites(byte[] bytes) {
        List<String> sites = new ArrayList<>();
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] ex) {
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitInvokeDynamicInsn(
                                            String indyName, String indyDescriptor, Handle bsm, Object... args) {
                                        if (!bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
                                            return; // not a lambda (none expected: concatenation is inlined)
                                        }
                                        Handle impl = (Handle) args[1];
                                        String iface = indyDescriptor
                                                .substring(indyDescriptor.lastIndexOf('/') + 1)
                                                .replace(";", "");
                                        sites.add(
                                                bsm.getName().equals("altMetafactory")
                                                        ? bsm.getName() + " " + impl.getOwner()
                                                        : bsm.getName() + " " + impl.getOwner() + "." + impl.getName()
                                                                + impl.getDesc() + " as " + iface);
                                    }
                                };
                            }
                        },
                        0);
        return sites;
    }
}
