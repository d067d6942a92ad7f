package dev.retort.script;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each revision file yielded (its metadata and checksum), kept between runs in one
 * file per script directory, so that a command over a large directory need not read, hash and
 * parse every file again: about 75 µs per file, 75 ms before the first revision of a run over
 * 1,000.
 *
 * <p>An entry is used only while its file's stamp is unchanged: size, modification time, change
 * time (which programs cannot set back on a local file system) and file identity (device and
 * inode), read before the file is, as Python checks its compiled {@code .pyc} files and git its
 * index. A file modified or changed less than {@link #SETTLED} before it is read is not kept, so
 * that an edit within the clock's granularity cannot hide behind an equal stamp. Only directories
 * on local file systems are cached ({@link #LOCAL_FILE_SYSTEMS}): a network or FUSE mount may
 * answer {@code stat} from a stale attribute cache, with times from another machine's clock.
 * {@code RETORT_HEADER_CACHE=0} turns the cache off. The cache file carries a CRC-32 and the Retort
 * version that wrote it; a damaged, foreign or unreadable one is ignored and written anew. Writing
 * it is best effort: a cache that cannot be written only costs the next run the reading. Writing
 * one also deletes the cache files not used for {@link #UNUSED}.
 */
final class HeaderCache {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderCache.class);
    private static final int MAGIC = 0x52544831; // "RTH1"
    private static final String SUFFIX = ".headers";
    private static final String STAMP_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    /** How long a cache file no run used is kept. */
    static final Duration UNUSED = Duration.ofDays(30);

    /**
     * File system types ({@link java.nio.file.FileStore#type()}) whose {@code stat} answers come from
     * this machine's kernel and clock.
     */
    static final Set<String> LOCAL_FILE_SYSTEMS = Set.of(
            "ext2",
            "ext3",
            "ext4",
            "xfs",
            "btrfs",
            "zfs",
            "f2fs",
            "jfs",
            "reiserfs",
            "bcachefs",
            "tmpfs",
            "overlay",
            "apfs",
            "hfs");

    /** The largest cache file read (about 250 bytes per revision): a bigger one is ignored. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    /** How long a file must have stood unmodified and unchanged before its entry is kept. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    private final Path file;
    private final Duration settled;
    private final String version = RetortVersion.current();
    private Map<Path, Entry> entries;
    private final Map<Path, Entry> next = new HashMap<>();
    private int hits;
    private boolean changed;

    /** A stamp of a file, read before the file. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {}

    private record Entry(Stamp stamp, RevisionScript script) {}

    /**
     * The cache of the directory whose version locations are {@code locations}, in {@code root},
     * keeping files that stood unmodified and unchanged for {@code settled}.
     */
    HeaderCache(Path root, Path directory, List<Path> locations, Duration settled) {
        // one file per directory, whichever Retort wrote it (the version inside decides its use)
        StringBuilder key =
                new StringBuilder(directory.toAbsolutePath().normalize().toString());
        locations.forEach(
                location -> key.append('\n').append(location.toAbsolutePath().normalize()));
        this.file = root.resolve(ScriptChecksum.sha256(key.toString()).substring(0, 32) + SUFFIX);
        this.settled = settled;
    }

    /**
     * {@code ${XDG_CACHE_HOME:-$HOME/.cache}/retort/headers}, beside the class cache; empty when
     * {@code RETORT_HEADER_CACHE=0} or when that is not an absolute path (an unset home would put
     * it inside the project).
     */
    static Optional<Path> defaultDirectory() {
        if ("0".equals(System.getenv("RETORT_HEADER_CACHE"))) {
            return Optional.empty();
        }
        Path root = JavaRevisionCompiler.defaultCacheDirectory().resolveSibling("headers");
        return root.isAbsolute() ? Optional.of(root) : Optional.empty();
    }

    /** Whether every one of {@code locations} is on a local file system (see {@link #LOCAL_FILE_SYSTEMS}). */
    static boolean cacheable(List<Path> locations) {
        try {
            for (Path location : locations) {
                if (!LOCAL_FILE_SYSTEMS.contains(Files.getFileStore(location).type())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The stamp of {@code path}, empty where the file system does not tell all of it. */
    static Optional<Stamp> stamp(Path path) {
        try {
            Map<String, Object> a = Files.readAttributes(path, STAMP_ATTRIBUTES);
            return Optional.of(new Stamp(
                    (Long) a.get("size"),
                    nanos((FileTime) a.get("lastModifiedTime")),
                    nanos((FileTime) a.get("ctime")),
                    (Long) a.get("dev"),
                    (Long) a.get("ino")));
        } catch (IOException | RuntimeException e) { // no unix view, or one that lacks an attribute
            return Optional.empty();
        }
    }

    private static long nanos(FileTime time) {
        Instant instant = time.toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * The metadata of {@code path} read earlier, if its stamp is the one recorded then; else reads
     * it with {@code reader} and records it for the next run.
     */
    RevisionScript read(Path path, String origin, Stamp stamp, BiFunction<Path, String, RevisionScript> reader) {
        Path key = path.toAbsolutePath().normalize();
        Entry known = entries().get(key);
        if (known != null && known.stamp().equals(stamp)) {
            hits++;
            RevisionScript script = known.script().at(path, origin);
            next.put(key, known);
            return script;
        }
        RevisionScript script = reader.apply(path, origin);
        changed = true;
        long settledBefore = nanos(FileTime.from(Instant.now().minus(settled)));
        if (Math.max(stamp.modifiedNanos(), stamp.changedNanos()) < settledBefore) {
            next.put(key, new Entry(stamp, script));
        }
        return script;
    }

    /** Files taken from the cache so far (for tests). */
    int hits() {
        return hits;
    }

    /** Writes the entries of this read for the next run, if anything differs from what was read. */
    void store() {
        if (!changed && next.size() == entries().size()) {
            keepInUse();
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                writeString(out, version);
                out.writeInt(next.size());
                for (Map.Entry<Path, Entry> e : next.entrySet()) {
                    writeEntry(out, e.getKey(), e.getValue());
                }
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            temporary = Files.createTempFile(file.getParent(), ".tmp-", SUFFIX);
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                bytes.writeTo(out);
                out.writeLong(crc.getValue());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            pruneUnused();
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not write the header cache {}: {}", file, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.debug("could not delete {}: {}", temporary, e.toString());
                }
            }
        }
    }

    /** Marks an unchanged cache file as used once a day, so that pruning leaves it alone. */
    private void keepInUse() {
        try {
            FileTime now = FileTime.from(Instant.now());
            if (Files.getLastModifiedTime(file).toMillis()
                    < now.toMillis() - Duration.ofDays(1).toMillis()) {
                Files.setLastModifiedTime(file, now);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not mark the header cache {} as used: {}", file, e.toString());
        }
    }

    /** Deletes cache files no run has used for {@link #UNUSED}: those of directories moved or deleted. */
    private void pruneUnused() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(UNUSED));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), "*" + SUFFIX)) {
            for (Path other : files) {
                if (Files.getLastModifiedTime(other).compareTo(before) < 0) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private Map<Path, Entry> entries() {
        if (entries == null) {
            entries = load();
        }
        return entries;
    }

    private Map<Path, Entry> load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
        } catch (IOException e) {
            return Map.of();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] all = in.readNBytes(MAX_BYTES);
            if (all.length < Long.BYTES) {
                throw new IOException("too short");
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - Long.BYTES);
            if (ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - Long.BYTES));
            if (data.readInt() != MAGIC || !readString(data).equals(version)) {
                return Map.of(); // another format or Retort build: rewritten after this read
            }
            int count = data.readInt();
            if (count < 0 || count > data.available() / 64) { // an entry takes far more than 64 bytes
                throw new IOException("impossible entry count " + count);
            }
            Map<Path, Entry> read = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                Path path = Path.of(readString(data));
                read.put(path, readEntry(data, path));
            }
            return read;
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the header cache {}: {}", file, e.toString());
            return Map.of();
        }
    }

    private static void writeEntry(DataOutputStream out, Path path, Entry entry) throws IOException {
        writeString(out, path.toString());
        Stamp stamp = entry.stamp();
        out.writeLong(stamp.size());
        out.writeLong(stamp.modifiedNanos());
        out.writeLong(stamp.changedNanos());
        out.writeLong(stamp.device());
        out.writeLong(stamp.inode());
        RevisionScript s = entry.script();
        writeString(out, s.id());
        writeStrings(out, s.revises());
        writeStrings(out, List.copyOf(s.branchLabels()));
        writeStrings(out, s.dependsOn());
        writeString(out, s.message());
        writeString(out, s.created());
        writeString(out, s.kind().name());
        writeString(out, s.checksum());
        writeString(out, s.className());
        out.writeBoolean(s.transactional());
        out.writeBoolean(s.hasDowngrade());
        out.writeBoolean(s.irreversible().isPresent());
        if (s.irreversible().isPresent()) {
            writeString(out, s.irreversible().get());
        }
    }

    private static Entry readEntry(DataInputStream in, Path path) throws IOException {
        Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
        String id = readString(in);
        List<String> revises = readStrings(in);
        Set<String> labels = new LinkedHashSet<>(readStrings(in));
        List<String> dependsOn = readStrings(in);
        String message = readString(in);
        String created = readString(in);
        ScriptKind kind = ScriptKind.valueOf(readString(in));
        String checksum = readString(in);
        String className = readString(in);
        boolean transactional = in.readBoolean();
        boolean hasDowngrade = in.readBoolean();
        Optional<String> irreversible = in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
        String origin = path.getFileName().toString(); // replaced by the reader's own on use
        return new Entry(
                stamp,
                new RevisionScript(
                        id,
                        revises,
                        labels,
                        dependsOn,
                        message,
                        created,
                        path,
                        origin,
                        kind,
                        checksum,
                        className,
                        transactional,
                        hasDowngrade,
                        irreversible));
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("impossible count " + count);
        }
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("impossible length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
