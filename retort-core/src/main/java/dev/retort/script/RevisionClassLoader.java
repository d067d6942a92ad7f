package dev.retort.script;

import dev.retort.Migration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads one revision file's classes from their bytes (read from its cache file, or fresh from
 * the compiler), looking at them before its parent (the loader of {@link Migration}), so a revision
 * class never picks up a same-named class from the application's class path. Any other name goes
 * straight to the parent, without touching the file system.
 */
final class RevisionClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> names;
    private final Map<String, byte[]> undefined;

    /** A loader for {@code classes}: binary name to class file bytes. */
    RevisionClassLoader(Map<String, byte[]> classes) {
        super("retort-revision", Migration.class.getClassLoader());
        this.names = Set.copyOf(classes.keySet());
        this.undefined = new ConcurrentHashMap<>(classes);
    }

    /** The binary names of the classes this loader defines. */
    Set<String> classNames() {
        return names;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = undefined.get(name);
                if (bytes == null) {
                    loaded = super.loadClass(name, false);
                } else {
                    loaded = defineClass(name, bytes, 0, bytes.length);
                    undefined.remove(name); // defined classes need their bytes no more
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
