package dev.retort.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A script directory: revision files in one or more version locations (by default {@code
 * <dir>/versions}) and optional templates in {@code <dir>/templates}.
 *
 * <p>Every {@code *.java} and {@code *.sql} file directly inside a version location is a revision
 * file and must carry revision metadata; other files and hidden files are ignored. The revision
 * graph comes from the files' contents, never from their names. Files are read once, on the first
 * call to {@link #scripts()}; open a new instance to see later changes. Thread-safe.
 */
public final class ScriptDirectory {
    private final Path path;
    private final List<Path> versionLocations;
    private final Path headerCache; // null: read every file
    private final Duration settled;
    private volatile Contents contents;
    private volatile int headerCacheHits;

    /** The files read, and an index by id: commands look up every revision they print. */
    private record Contents(
            List<RevisionScript> scripts, Map<String, RevisionScript> byId, Map<String, RevisionScript> duplicates) {}

    private ScriptDirectory(Path path, List<Path> versionLocations, Path headerCache, Duration settled) {
        this.path = path;
        this.versionLocations = List.copyOf(versionLocations);
        this.headerCache = headerCache;
        this.settled = settled;
    }

    /** Opens {@code dir} with its default version location, {@code dir/versions}. */
    public static ScriptDirectory open(Path dir) {
        return open(dir, List.of(dir.resolve("versions")));
    }

    /**
     * Opens {@code dir} reading revisions from {@code versionLocations} (the config's {@code
     * scripts.version_locations}, already resolved; new revisions are written to the first).
     */
    public static ScriptDirectory open(Path dir, List<Path> versionLocations) {
        return open(dir, versionLocations, null, HeaderCache.SETTLED);
    }

    /**
     * Opens {@code dir} as {@link #open(Path, List)} does, keeping what reading each revision file
     * yields (its metadata and checksum) in {@code ${XDG_CACHE_HOME:-$HOME/.cache}/retort/headers}
     * for the next run, which reads again only the files whose size, times or identity changed
     * (local file systems only; {@code RETORT_HEADER_CACHE=0} turns it off; see {@code HeaderCache}).
     */
    public static ScriptDirectory openCached(Path dir, List<Path> versionLocations) {
        return open(dir, versionLocations, HeaderCache.defaultDirectory().orElse(null), HeaderCache.SETTLED);
    }

    /**
     * As {@link #openCached(Path, List)}, with the cache in {@code headerCache} (null: none), keeping
     * files unmodified for {@code settled}.
     */
    static ScriptDirectory open(Path dir, List<Path> versionLocations, Path headerCache, Duration settled) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScriptDirectoryException("script directory " + dir + " is not a directory; point -d or"
                    + " scripts.dir at the folder holding versions/");
        }
        if (!Files.isDirectory(dir)) {
            throw new ScriptDirectoryException(
                    "script directory " + dir + " does not exist; create one with \"retort init " + dir + "\"");
        }
        if (versionLocations.isEmpty()) {
            throw new ScriptDirectoryException("script directory " + dir + " has no version locations configured");
        }
        for (Path location : versionLocations) {
            if (!Files.isDirectory(location)) {
                throw new ScriptDirectoryException(
                        "version location " + location + " does not exist; create it or fix scripts.version_locations");
            }
        }
        return new ScriptDirectory(dir, versionLocations, headerCache, settled);
    }

    /**
     * Creates a script directory at {@code dir}: {@code versions/} and {@code templates/} with the
     * default revision templates. Refuses a {@code dir} that exists and is not empty.
     */
    public static ScriptDirectory init(Path dir) {
        return ScriptDirectoryLayout.create(dir);
    }

    /** The script directory itself. */
    public Path path() {
        return path;
    }

    /** Where revision files are read from; new ones go to the first. */
    public List<Path> versionLocations() {
        return versionLocations;
    }

    /** Where templates overriding the default ones live: {@code <dir>/templates}. */
    public Path templates() {
        return path.resolve("templates");
    }

    /**
     * Every revision file's metadata, ordered by {@link RevisionScript#origin()}. Two files with
     * the same id are both returned: the revision graph reports them, naming both origins.
     *
     * @throws RevisionFileException naming the first file whose metadata cannot be read
     */
    public List<RevisionScript> scripts() {
        return contents().scripts();
    }

    /**
     * The revision with exactly this id.
     *
     * @throws RevisionFileException if two files declare the id
     */
    public Optional<RevisionScript> find(String id) {
        Contents c = contents();
        RevisionScript duplicate = c.duplicates().get(id);
        if (duplicate != null) {
            throw new RevisionFileException(
                    duplicate.file(),
                    1,
                    "revision " + id + " is also declared in "
                            + c.byId().get(id).origin() + "; give one of them a new id");
        }
        return Optional.ofNullable(c.byId().get(id));
    }

    private Contents contents() {
        Contents result = contents;
        if (result == null) {
            synchronized (this) { // a second thread waits for the first one's read instead of repeating it
                result = contents;
                if (result == null) {
                    result = index(read());
                    contents = result;
                }
            }
        }
        return result;
    }

    private static Contents index(List<RevisionScript> scripts) {
        Map<String, RevisionScript> byId = new HashMap<>(scripts.size() * 2);
        Map<String, RevisionScript> duplicates = new HashMap<>();
        for (RevisionScript script : scripts) {
            if (byId.putIfAbsent(script.id(), script) != null) {
                duplicates.putIfAbsent(script.id(), script); // the second file in origin order is reported
            }
        }
        return new Contents(scripts, byId, duplicates);
    }

    private List<RevisionScript> read() {
        Map<Path, Path> unique = new LinkedHashMap<>(); // a location configured twice lists its files once
        for (Path location : versionLocations) {
            for (Path file : revisionFiles(location)) {
                unique.putIfAbsent(file.toAbsolutePath().normalize(), file);
            }
        }
        List<Path> files = new ArrayList<>(unique.values());
        files.sort(Comparator.comparing(Path::toString)); // so the same broken file is reported every run
        // sequential on purpose: 10,000 files read in ~0.1 s warm, and parallel reads measured no faster
        Path base = path.toAbsolutePath().normalize();
        List<RevisionScript> result = new ArrayList<>(files.size());
        HeaderCache cache = headerCache == null || !HeaderCache.cacheable(versionLocations)
                ? null
                : new HeaderCache(headerCache, path, versionLocations, settled);
        for (Path file : files) {
            String origin = origin(base, file);
            // the stamp is taken before the file is read: an edit meanwhile leaves a stale stamp
            Optional<HeaderCache.Stamp> stamp = cache == null ? Optional.empty() : HeaderCache.stamp(file);
            result.add(
                    stamp.isPresent()
                            ? cache.read(file, origin, stamp.get(), RevisionReader::read)
                            : RevisionReader.read(file, origin));
        }
        if (cache != null) {
            cache.store();
            headerCacheHits = cache.hits();
        }
        result.sort(Comparator.comparing(RevisionScript::origin));
        return List.copyOf(result);
    }

    /** How many files the last read took from the header cache (for tests). */
    int headerCacheHits() {
        contents();
        return headerCacheHits;
    }

    private static List<Path> revisionFiles(Path location) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(location)) {
            for (Path entry : entries) {
                if (RevisionReader.isRevisionFile(entry.getFileName().toString()) && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ScriptDirectoryException("cannot list version location " + location + ": " + e, e);
        }
        return files;
    }

    private static String origin(Path base, Path file) {
        Path relative = base.relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
