package dev.retort.script;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A revision to be written by {@link RevisionWriter}: what the {@code revision}, {@code merge} and
 * {@code init} commands decide before a file exists.
 *
 * @param kind whether to write a {@code .java} or a {@code .sql} file
 * @param id the new revision's id
 * @param revises its parents; empty for a base, several for a merge
 * @param message what it does; used for the slug and the class name too
 * @param created when it was created, {@code yyyy-MM-dd HH:mm:ss}
 * @param branchLabels branch labels it introduces
 * @param dependsOn revisions it depends on without revising them
 */
public record NewRevision(
        ScriptKind kind,
        String id,
        List<String> revises,
        String message,
        String created,
        List<String> branchLabels,
        List<String> dependsOn) {
    private static final Pattern ID = Pattern.compile("[^\\s,\"'\\\\]+");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks the id and copies the lists. */
    public NewRevision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a revision id is one word without quotes, commas or backslashes, not \"" + id + "\"");
        }
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A builder for a revision with this message: a fresh id, a base, created now, Java. */
    public static Builder builder(String message) {
        return new Builder(message);
    }

    /** A fresh revision id: 12 lowercase hex digits from a {@link SecureRandom}. */
    public static String randomId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The message as a file name slug: lowercase words joined by {@code _}, about 40 chars at most. */
    public String slug() {
        return MessageWords.slug(message);
    }

    /** The class name of a Java revision, from the message: {@code AddPhoneToUsers}. */
    public String className() {
        return MessageWords.className(message);
    }

    /** The file name: {@code <id>_<slug>.java} or {@code .sql} ({@code <id>.java} for no slug). */
    public String fileName() {
        String slug = slug();
        return (slug.isEmpty() ? id : id + "_" + slug) + "." + kind.extension();
    }

    /** Builds a {@link NewRevision}. Not thread-safe. */
    public static final class Builder {
        private final String message;
        private ScriptKind kind = ScriptKind.JAVA;
        private String id;
        private String created;
        private final List<String> revises = new ArrayList<>();
        private final List<String> branchLabels = new ArrayList<>();
        private final List<String> dependsOn = new ArrayList<>();

        private Builder(String message) {
            this.message = Objects.requireNonNull(message, "message");
        }

        /** Java (the default) or SQL. */
        public Builder kind(ScriptKind value) {
            kind = value;
            return this;
        }

        /** The id, instead of a random one (the {@code --rev-id} option). */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** The parents; none makes a base. */
        public Builder revises(Collection<String> values) {
            revises.addAll(values);
            return this;
        }

        /** The creation time, instead of now. */
        public Builder created(LocalDateTime value) {
            created = CREATED.format(value);
            return this;
        }

        /** Branch labels introduced by the revision. */
        public Builder branchLabels(Collection<String> values) {
            branchLabels.addAll(values);
            return this;
        }

        /** Revisions it depends on. */
        public Builder dependsOn(Collection<String> values) {
            dependsOn.addAll(values);
            return this;
        }

        /** The revision. */
        public NewRevision build() {
            String when = created != null ? created : CREATED.format(LocalDateTime.now());
            return new NewRevision(kind, id != null ? id : randomId(), revises, message, when, branchLabels, dependsOn);
        }
    }
}
