package dev.retort.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A column's server-side default: a typed {@linkplain #of(Object) literal} that each dialect
 * renders in its own syntax ({@code false} on PostgreSQL, {@code 0} on MySQL and SQLite), a raw
 * SQL {@linkplain #expression(String) expression}, or {@linkplain #none() none}.
 */
public sealed interface ServerDefault {
    /**
     * A literal value: {@code null}, a {@link Boolean}, a {@link Number}, a {@link CharSequence} or
     * {@link Character}, an {@link Enum} (its name), a {@code java.time} date or time, a {@link
     * UUID} or a {@code byte[]}. A {@code ServerDefault} passed here is returned as it is.
     */
    static ServerDefault of(Object value) {
        if (value instanceof ServerDefault) {
            return (ServerDefault) value;
        }
        return new Literal(value);
    }

    /** A SQL expression written as it is, such as {@code CURRENT_TIMESTAMP}; never quoted. */
    static ServerDefault expression(String sql) {
        return new Expression(sql);
    }

    /** No default: in {@code alterColumn}, drops the current one. */
    static ServerDefault none() {
        return new None();
    }

    /** A literal value, rendered by each dialect as a properly escaped SQL literal. */
    record Literal(Object value) implements ServerDefault {
        private static final Set<Class<?>> TYPES = Set.of(
                Boolean.class,
                Byte.class,
                Short.class,
                Integer.class,
                Long.class,
                Float.class,
                Double.class,
                BigDecimal.class,
                BigInteger.class,
                String.class,
                Character.class,
                LocalDate.class,
                LocalTime.class,
                LocalDateTime.class,
                OffsetDateTime.class,
                Instant.class,
                UUID.class,
                byte[].class);

        /** Checks that the value is of a type every dialect can render. */
        public Literal {
            if (!isRenderable(value)) {
                throw new InvalidOperationException("server default of unsupported type "
                        + value.getClass().getName()
                        + "; use a string, number, boolean, java.time value or ServerDefault.expression(...)");
            }
            if (value instanceof Enum) {
                value = ((Enum<?>) value).name();
            } else if (value instanceof CharSequence) {
                value = value.toString();
            }
        }

        /** Whether {@code value} is of a type every dialect renders as a literal. */
        public static boolean isRenderable(Object value) {
            return value == null
                    || value instanceof Enum
                    || value instanceof CharSequence
                    || TYPES.contains(value.getClass());
        }
    }

    /** A raw SQL expression. */
    record Expression(String sql) implements ServerDefault {
        /** Checks that the expression is not blank. */
        public Expression {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new InvalidOperationException("ServerDefault.expression(): give the SQL expression");
            }
        }
    }

    /** No default. */
    record None() implements ServerDefault {}
}
