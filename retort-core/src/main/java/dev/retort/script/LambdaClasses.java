package dev.retort.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites the lambda expressions of freshly compiled revision classes into ordinary nested
 * classes, before they go into the class cache.
 *
 * <p>Why: the JVM links each lambda the first time it runs by generating a class for it through
 * {@code LambdaMetafactory}, about 0.15 ms per lambda on a cold JVM. A migration file runs once per
 * process, so every lambda in it pays that on the main thread: 1,000 revisions written in the
 * operations API's style ({@code op.createTable("t", t -> t.column(..., c -> c.primaryKey()))})
 * spend half a second linking 3,000 lambdas. Plain classes can be defined ahead of time on another
 * thread ({@link JavaRevisionCompiler#prepare}), while the database commits.
 *
 * <p>What: for each {@code invokedynamic} bootstrapped by {@code LambdaMetafactory.metafactory}
 * in a top-level class whose implementation method is declared in that class (every lambda
 * expression's body, and method references to the class's own methods), a final synthetic class
 * {@code Host$$RetortLambda$N} is generated: a nestmate of the host (so it may call the host's
 * private {@code lambda$} methods) that keeps the captured values in fields and implements the
 * interface method by calling the implementation. The {@code invokedynamic} becomes an {@code
 * invokestatic} of the class's factory; a non-capturing lambda returns one shared instance, as the
 * JVM's does. Each site gets a class of its own, again as with the JVM: two sites never share an
 * instance. Everything else is left for the JVM to link as usual: serializable lambdas and those
 * with marker interfaces ({@code altMetafactory}), method references to other classes' methods
 * (whose access this rewrite could not check), conversions that need boxing or widening, and
 * lambdas inside nested classes. Behaviour is the same either way; only stack traces show the
 * extra frame of the generated class.
 */
final class LambdaClasses {
    /** Part of every generated class's name. */
    static final String MARKER = "$$RetortLambda$";

    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final String FACTORY = "get$Lambda";
    private static final String INSTANCE = "INSTANCE";
    private static final String OBJECT = "java/lang/Object";

    private LambdaClasses() {}

    /**
     * The classes with their lambdas rewritten, plus the generated classes (binary name to bytes).
     * Classes without such lambdas come back unchanged.
     */
    static Map<String, byte[]> rewrite(Map<String, byte[]> classes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(classes.keySet());
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            rewriteClass(entry.getKey(), entry.getValue(), taken, out);
        }
        return out;
    }

    private static void rewriteClass(String name, byte[] bytes, Set<String> taken, Map<String, byte[]> out) {
        ClassReader reader = new ClassReader(bytes);
        Host host = Host.read(reader);
        if (!host.eligible()) {
            out.put(name, bytes);
            return;
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        Rewriter rewriter = new Rewriter(writer, host, taken);
        reader.accept(rewriter, 0);
        if (rewriter.generated.isEmpty()) {
            out.put(name, bytes);
            return;
        }
        out.put(name, writer.toByteArray());
        for (Lambda lambda : rewriter.generated) {
            out.put(lambda.internalName.replace('/', '.'), lambda.toBytes(host));
        }
    }

    /** What the rewrite needs to know of a class before changing it. */
    private static final class Host extends ClassVisitor {
        String internalName;
        int version;
        boolean isInterface;
        boolean nestMember;
        String sourceFile;
        /** The methods the class declares (name and descriptor) with their access flags. */
        final Map<String, Integer> methods = new HashMap<>();

        private Host() {
            super(Opcodes.ASM9);
        }

        static Host read(ClassReader reader) {
            Host host = new Host();
            reader.accept(host, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return host;
        }

        /** Nest-based access needs class files of Java 11 or later and a class that is its own nest host. */
        boolean eligible() {
            return (version & 0xFFFF) >= Opcodes.V11 && !isInterface && !nestMember;
        }

        @Override
        public void visit(int v, int access, String name, String signature, String superName, String[] interfaces) {
            this.version = v;
            this.internalName = name;
            this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        }

        @Override
        public void visitNestHost(String nestHost) {
            nestMember = true;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            methods.put(name + descriptor, access);
            return null;
        }
    }

    /** Copies the host, replacing the lambda sites it can and collecting the classes they need. */
    private static final class Rewriter extends ClassVisitor {
        final Host host;
        final Set<String> taken;
        final List<Lambda> generated = new ArrayList<>();

        Rewriter(ClassWriter writer, Host host, Set<String> taken) {
            super(Opcodes.ASM9, writer);
            this.host = host;
            this.taken = taken;
        }

        @Override
        public void visitSource(String source, String debug) {
            host.sourceFile = source;
            super.visitSource(source, debug);
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            return new MethodVisitor(Opcodes.ASM9, next) {
                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bsm, Object... args) {
                    Lambda lambda = lambdaFor(indyName, indyDescriptor, bsm, args);
                    if (lambda == null) {
                        super.visitInvokeDynamicInsn(indyName, indyDescriptor, bsm, args);
                    } else {
                        super.visitMethodInsn(
                                Opcodes.INVOKESTATIC, lambda.internalName, FACTORY, indyDescriptor, false);
                    }
                }
            };
        }

        @Override
        public void visitEnd() {
            for (Lambda lambda : generated) {
                super.visitNestMember(lambda.internalName);
            }
            super.visitEnd();
        }

        private Lambda lambdaFor(String name, String descriptor, Handle bsm, Object[] args) {
            if (bsm.getTag() != Opcodes.H_INVOKESTATIC
                    || !METAFACTORY_OWNER.equals(bsm.getOwner())
                    || !"metafactory".equals(bsm.getName())
                    || args.length != 3
                    || !(args[0] instanceof Type sam)
                    || !(args[1] instanceof Handle impl)
                    || !(args[2] instanceof Type)) {
                return null;
            }
            Lambda lambda = Lambda.plan(host, name, Type.getMethodType(descriptor), sam, impl);
            if (lambda == null) {
                return null;
            }
            lambda.internalName = freeName();
            generated.add(lambda);
            return lambda;
        }

        private String freeName() {
            for (int n = generated.size() + 1; ; n++) {
                String candidate = host.internalName + MARKER + n;
                if (taken.add(candidate.replace('/', '.'))) {
                    return candidate;
                }
            }
        }
    }

    /** One generated class: the interface it implements and how its method calls the implementation. */
    private static final class Lambda {
        final String methodName;
        final Type factoryType; // (captured values) -> interface
        final Type sam; // the interface method's erased type
        final Handle impl;
        final Type[] implParameters; // receiver first for instance methods
        String internalName;

        private Lambda(String methodName, Type factoryType, Type sam, Handle impl, Type[] implParameters) {
            this.methodName = methodName;
            this.factoryType = factoryType;
            this.sam = sam;
            this.impl = impl;
            this.implParameters = implParameters;
        }

        /** The class for one lambda site, or null when the JVM should keep linking it itself. */
        static Lambda plan(Host host, String name, Type factoryType, Type sam, Handle impl) {
            // declared in the host itself: an inherited protected method would not be accessible
            // from the generated class, which is no subclass
            Integer access = host.methods.get(impl.getName() + impl.getDesc());
            if (!host.internalName.equals(impl.getOwner()) || impl.isInterface() || access == null) {
                return null;
            }
            Type implType = Type.getMethodType(impl.getDesc());
            List<Type> parameters = new ArrayList<>();
            switch (impl.getTag()) {
                case Opcodes.H_INVOKESTATIC, Opcodes.H_NEWINVOKESPECIAL -> {}
                case Opcodes.H_INVOKEVIRTUAL -> parameters.add(Type.getObjectType(host.internalName));
                case Opcodes.H_INVOKESPECIAL -> {
                    // only a private method: called with invokevirtual, which nestmates may use and
                    // which does not dispatch for a private method
                    if ((access & Opcodes.ACC_PRIVATE) == 0) {
                        return null;
                    }
                    parameters.add(Type.getObjectType(host.internalName));
                }
                default -> {
                    return null;
                }
            }
            parameters.addAll(List.of(implType.getArgumentTypes()));
            Type[] captured = factoryType.getArgumentTypes();
            Type[] samParameters = sam.getArgumentTypes();
            if (captured.length + samParameters.length != parameters.size()) {
                return null;
            }
            for (int i = 0; i < parameters.size(); i++) {
                Type from = i < captured.length ? captured[i] : samParameters[i - captured.length];
                if (!convertible(from, parameters.get(i))) {
                    return null;
                }
            }
            Type implReturn = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL
                    ? Type.getObjectType(impl.getOwner())
                    : implType.getReturnType();
            Type samReturn = sam.getReturnType();
            if (samReturn.getSort() != Type.VOID && !convertible(implReturn, samReturn)) {
                return null;
            }
            return new Lambda(name, factoryType, sam, impl, parameters.toArray(Type[]::new));
        }

        /** Same primitive, or reference to reference (a checkcast at most); no boxing or widening. */
        private static boolean convertible(Type from, Type to) {
            if (isReference(from) || isReference(to)) {
                return isReference(from) && isReference(to);
            }
            return from.getSort() == to.getSort();
        }

        private static boolean isReference(Type type) {
            return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        }

        byte[] toBytes(Host host) {
            Type[] captured = factoryType.getArgumentTypes();
            String iface = factoryType.getReturnType().getInternalName();
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            cw.visit(
                    host.version,
                    Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
                    internalName,
                    null,
                    OBJECT,
                    new String[] {iface});
            if (host.sourceFile != null) {
                cw.visitSource(host.sourceFile, null);
            }
            cw.visitNestHost(host.internalName);
            for (int i = 0; i < captured.length; i++) {
                cw.visitField(
                                Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL,
                                field(i),
                                captured[i].getDescriptor(),
                                null,
                                null)
                        .visitEnd();
            }
            String self = "L" + internalName + ";";
            if (captured.length == 0) {
                cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE, self, null, null)
                        .visitEnd();
                MethodVisitor init = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
                init.visitCode();
                init.visitTypeInsn(Opcodes.NEW, internalName);
                init.visitInsn(Opcodes.DUP);
                init.visitMethodInsn(Opcodes.INVOKESPECIAL, internalName, "<init>", "()V", false);
                init.visitFieldInsn(Opcodes.PUTSTATIC, internalName, INSTANCE, self);
                init.visitInsn(Opcodes.RETURN);
                init.visitMaxs(0, 0);
                init.visitEnd();
            }
            writeConstructor(cw, captured);
            writeFactory(cw, captured, self);
            writeMethod(cw, captured);
            cw.visitEnd();
            return cw.toByteArray();
        }

        private void writeConstructor(ClassWriter cw, Type[] captured) {
            String descriptor = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", descriptor, null, null);
            mv.visitCode();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
            int slot = 1;
            for (int i = 0; i < captured.length; i++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
                mv.visitFieldInsn(Opcodes.PUTFIELD, internalName, field(i), captured[i].getDescriptor());
                slot += captured[i].getSize();
            }
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private void writeFactory(ClassWriter cw, Type[] captured, String self) {
            MethodVisitor mv = cw.visitMethod(
                    Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, FACTORY, factoryType.getDescriptor(), null, null);
            mv.visitCode();
            if (captured.length == 0) {
                mv.visitFieldInsn(Opcodes.GETSTATIC, internalName, INSTANCE, self);
            } else {
                mv.visitTypeInsn(Opcodes.NEW, internalName);
                mv.visitInsn(Opcodes.DUP);
                int slot = 0;
                for (Type type : captured) {
                    mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
                    slot += type.getSize();
                }
                mv.visitMethodInsn(
                        Opcodes.INVOKESPECIAL,
                        internalName,
                        "<init>",
                        Type.getMethodDescriptor(Type.VOID_TYPE, captured),
                        false);
            }
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private void writeMethod(ClassWriter cw, Type[] captured) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, methodName, sam.getDescriptor(), null, null);
            mv.visitCode();
            if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
                mv.visitInsn(Opcodes.DUP);
            }
            for (int i = 0; i < captured.length; i++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitFieldInsn(Opcodes.GETFIELD, internalName, field(i), captured[i].getDescriptor());
                cast(mv, captured[i], implParameters[i]);
            }
            Type[] samParameters = sam.getArgumentTypes();
            int slot = 1;
            for (int i = 0; i < samParameters.length; i++) {
                mv.visitVarInsn(samParameters[i].getOpcode(Opcodes.ILOAD), slot);
                cast(mv, samParameters[i], implParameters[captured.length + i]);
                slot += samParameters[i].getSize();
            }
            Type implReturn;
            switch (impl.getTag()) {
                case Opcodes.H_INVOKESTATIC -> {
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), false);
                    implReturn = Type.getReturnType(impl.getDesc());
                }
                case Opcodes.H_NEWINVOKESPECIAL -> {
                    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                    implReturn = Type.getObjectType(impl.getOwner());
                }
                default -> {
                    // H_INVOKEVIRTUAL, or H_INVOKESPECIAL of a private method (see plan)
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
                    implReturn = Type.getReturnType(impl.getDesc());
                }
            }
            Type samReturn = sam.getReturnType();
            if (samReturn.getSort() == Type.VOID) {
                if (implReturn.getSize() > 0) {
                    mv.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
                }
            } else {
                cast(mv, implReturn, samReturn);
            }
            mv.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /** A checkcast where a reference value must be of a narrower type than it is known to be. */
        private static void cast(MethodVisitor mv, Type from, Type to) {
            if (isReference(to) && !to.equals(from) && !OBJECT.equals(to.getInternalName())) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        }

        private static String field(int i) {
            return "arg$" + (i + 1);
        }
    }
}
