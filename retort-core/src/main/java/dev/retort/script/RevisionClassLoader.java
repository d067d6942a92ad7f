package dev.retort.script;

import dev.retort.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads one revision file's classes from its cache directory, looking there before its parent
 * (the loader of {@link Migration}), so a revision class never picks up a same-named class from
 * the application's class path.
 */
final class RevisionClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Path directory;

    RevisionClassLoader(Path directory) {
        super("retort-revision", Migration.class.getClassLoader());
        this.directory = directory;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                Path file = classFile(name);
                loaded = Files.isRegularFile(file) ? define(name, file) : super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> define(String name, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cached class " + file, e);
        }
    }

    private Path classFile(String name) {
        return directory.resolve(name.replace('.', '/') + ".class");
    }
}
