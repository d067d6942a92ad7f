package dev.retort.script;

import dev.retort.Migration;
import dev.retort.Revision;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Checks a loaded revision class and makes an instance of it. */
final class RevisionClass {
    private RevisionClass() {}

    /**
     * Makes an instance of {@code type}, running its constructor (and static initialiser). The
     * class has passed {@link #check} when it was defined.
     */
    static Migration instantiate(RevisionScript script, Class<?> type) {
        String name = type.getName();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new InvalidRevisionClassException(
                    script.file(), "constructing class " + name + " failed: " + cause, cause);
        } catch (ExceptionInInitializerError e) {
            throw new InvalidRevisionClassException(
                    script.file(), "initialising class " + name + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new InvalidRevisionClassException(script.file(), "cannot construct class " + name + ": " + e, e);
        }
    }

    /**
     * Checks that {@code type} can serve as {@code script}'s migration without running any of its
     * code, and returns its no-arg constructor. Asking for the constructor links the class.
     *
     * @throws InvalidRevisionClassException if it cannot
     */
    static Constructor<?> check(RevisionScript script, Class<?> type) {
        String name = type.getName();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new InvalidRevisionClassException(
                    script.file(),
                    "class " + name + " does not implement dev.retort.Migration; declare it as \"final class "
                            + type.getSimpleName() + " implements Migration\"");
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !revision.id().equals(script.id())) {
            String found = revision == null ? "no @Revision" : "@Revision id \"" + revision.id() + "\"";
            throw new InvalidRevisionClassException(
                    script.file(),
                    "class " + name + " has " + found + " but its source reads id \"" + script.id()
                            + "\"; write the id as a plain string literal");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidRevisionClassException(script.file(), "class " + name + " is abstract; make it concrete");
        }
        try {
            return type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new InvalidRevisionClassException(
                    script.file(), "class " + name + " has no no-arg constructor; add one");
        }
    }
}
