package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a revision's downgrade cannot be done (data was transformed or dropped for good):
 * {@code @Irreversible("the old prices are not kept")}. A downgrade through the revision is then
 * refused before anything runs, with an error naming it and quoting the reason. Like {@link
 * Revision}, Retort reads it from the source text without compiling, so the reason must be a
 * string literal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Irreversible {
    /** Why the downgrade cannot be done. */
    String value();
}
