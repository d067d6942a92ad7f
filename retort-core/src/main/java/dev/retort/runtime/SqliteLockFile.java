package dev.retort.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * One attempt to hold the exclusive OS lock on a SQLite database's sidecar file {@code
 * <database>.retort-lock}. The OS lock belongs to the whole process, and on POSIX systems closing
 * <em>any</em> descriptor of the file drops it; so within a process a permit per file lets only one
 * attempt at a time open the file at all. The file is never deleted: a waiter in another process may
 * already have it open, and deleting it would let a third process lock a new file beside it.
 *
 * <p>Not thread-safe; {@link SqliteLock} serialises its use.
 */
final class SqliteLockFile {
    private static final ConcurrentMap<Path, Slot> SLOTS = new ConcurrentHashMap<>();

    /** The per-file permit and, while this process holds the lock, who holds it. */
    private static final class Slot {
        final Semaphore permit = new Semaphore(1);
        volatile LocalHolder holder;
    }

    private final Path path;
    private final Slot slot;
    private boolean permitted;
    private FileChannel channel;
    private FileLock lock;

    SqliteLockFile(Path path) {
        this.path = path;
        this.slot = SLOTS.computeIfAbsent(path, p -> new Slot());
    }

    Path path() {
        return path;
    }

    boolean tryLock() throws IOException {
        if (!permitted) {
            AbandonedLocks.release();
            permitted = slot.permit.tryAcquire();
            if (!permitted) {
                return false;
            }
        }
        if (channel == null) {
            channel = open(path);
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // another copy of Retort in this JVM (another class loader) holds it
        }
        if (lock == null) {
            return false;
        }
        LocalHolder holder = LocalHolder.now("");
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder.encode() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        slot.holder = holder;
        return true;
    }

    private static FileChannel open(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException
                    ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such directory" : LockWait.firstLine(e.getMessage());
            throw new MigrationLockException(
                    "cannot create the migration lock file " + path + " (" + why
                            + "); Retort needs write access to the database's directory",
                    e);
        }
    }

    /** Who holds the lock: from memory when it is this process, else from the file. */
    Optional<String> holder() throws IOException {
        if (!permitted || channel == null) {
            return Optional.ofNullable(slot.holder).map(LocalHolder::describe);
        }
        // read through our own channel: opening another descriptor could drop a lock on close
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        int read = channel.read(buffer, 0);
        String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8);
        return LocalHolder.decode(text).map(LocalHolder::describe);
    }

    /** Drops the lock (if held), the file and the permit; safe after a failed attempt too. */
    void release() throws IOException {
        try {
            if (lock != null) {
                slot.holder = null;
                channel.truncate(0); // so nobody reads a stale holder
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } finally {
            lock = null;
            channel = null;
            if (permitted) {
                permitted = false;
                slot.permit.release();
            }
        }
    }
}
