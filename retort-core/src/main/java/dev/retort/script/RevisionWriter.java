package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes new revision files from the script directory's templates (or the built-in ones).
 *
 * <p>Placeholders: {@code ${id}}, {@code ${revises}}, {@code ${message}}, {@code ${created}},
 * {@code ${branch_labels}}, {@code ${depends_on}}, {@code ${class_name}}, {@code ${slug}} and
 * {@code ${optional_attributes}}. In a {@code .java} template each value is a Java literal (strings
 * quoted and escaped, lists as {@code {}}, {@code "a"} or {@code {"a", "b"}}), and {@code
 * ${optional_attributes}} is {@code , branchLabels = ...} and {@code , dependsOn = ...} for those
 * that are set. In a {@code .sql} template values are plain text, lists comma-separated, the
 * message on one line.
 */
public final class RevisionWriter {
    private final ScriptDirectory directory;

    /** A writer for revisions of {@code directory}. */
    public RevisionWriter(ScriptDirectory directory) {
        this.directory = directory;
    }

    /** The file text for {@code revision}, rendered from the template for its kind. */
    public String render(NewRevision revision) {
        return RevisionTemplate.of(directory, revision.kind()).render(values(revision));
    }

    /** Writes {@code revision} into the first version location and returns the new file. */
    public Path write(NewRevision revision) {
        return write(revision, directory.versionLocations().get(0));
    }

    /**
     * Writes {@code revision} into {@code versionLocation} as {@link NewRevision#fileName()};
     * refuses to overwrite a file.
     */
    public Path write(NewRevision revision, Path versionLocation) {
        Path file = versionLocation.resolve(revision.fileName());
        String text = render(revision);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScriptDirectoryException(file + " already exists; choose another revision id");
        } catch (IOException e) {
            throw new ScriptDirectoryException("cannot write " + file + ": " + e, e);
        }
        return file;
    }

    static Map<String, String> values(NewRevision r) {
        Map<String, String> values = new HashMap<>();
        values.put("class_name", r.className());
        values.put("slug", r.slug());
        if (r.kind() == ScriptKind.JAVA) {
            values.put("id", JavaLiteral.string(r.id()));
            values.put("revises", JavaLiteral.array(r.revises()));
            values.put("message", JavaLiteral.string(r.message()));
            values.put("created", JavaLiteral.string(r.created()));
            values.put("branch_labels", JavaLiteral.array(r.branchLabels()));
            values.put("depends_on", JavaLiteral.array(r.dependsOn()));
            values.put(
                    "optional_attributes",
                    optional("branchLabels", r.branchLabels()) + optional("dependsOn", r.dependsOn()));
        } else {
            values.put("id", r.id());
            values.put("revises", String.join(", ", r.revises()));
            values.put("message", r.message().replaceAll("[\\r\\n]+", " "));
            values.put("created", r.created());
            values.put("branch_labels", String.join(", ", r.branchLabels()));
            values.put("depends_on", String.join(", ", r.dependsOn()));
            values.put("optional_attributes", "");
        }
        return values;
    }

    private static String optional(String attribute, List<String> values) {
        return values.isEmpty() ? "" : ", " + attribute + " = " + JavaLiteral.array(values);
    }
}
