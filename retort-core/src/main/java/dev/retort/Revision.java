package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} class as a revision and carries its place in the revision graph.
 *
 * <p>Retort reads these attributes straight from the source text for the graph commands
 * ({@code heads}, {@code history}, ...), without compiling, so they must be written as literals:
 * strings, arrays of strings, and {@code +} between strings.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** This revision's identifier, unique in the script directory (12 hex digits when generated). */
    String id();

    /**
     * The revisions this one revises: {@code {}} marks a base, one value a plain step, several a
     * merge point. Required, so that a base is never created by forgetting it.
     */
    String[] revises();

    /** What the revision does, shown by {@code history}. */
    String message() default "";

    /** When the revision was created, {@code yyyy-MM-dd HH:mm:ss}. */
    String created() default "";

    /** Branch labels introduced at this revision (inherited by its descendants on the branch). */
    String[] branchLabels() default {};

    /** Revisions (ids or branch labels) that must be applied before this one, without being its parent. */
    String[] dependsOn() default {};
}
