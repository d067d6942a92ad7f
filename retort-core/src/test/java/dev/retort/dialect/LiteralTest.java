package dev.retort.dialect;

import static dev.retort.dialect.Golden.H2;
import static dev.retort.dialect.Golden.MYSQL;
import static dev.retort.dialect.Golden.POSTGRESQL;
import static dev.retort.dialect.Golden.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiteralTest {
    @Test
    void booleansAreWrittenAsEachDatabaseStoresThem() {
        assertThat(POSTGRESQL.literal(false)).isEqualTo("false");
        assertThat(H2.literal(true)).isEqualTo("true");
        assertThat(SQLITE.literal(false)).isEqualTo("0");
        assertThat(MYSQL.literal(true)).isEqualTo("1");
    }

    @Test
    void stringsAreQuotedAndEscaped() {
        assertThat(POSTGRESQL.literal("it's")).isEqualTo("'it''s'");
        assertThat(POSTGRESQL.literal("a\\b")).isEqualTo("'a\\b'");
        assertThat(MYSQL.literal("it's a\\b")).isEqualTo("'it''s a\\\\b'");
        assertThat(SQLITE.literal("'); DROP TABLE user; --")).isEqualTo("'''); DROP TABLE user; --'");
    }

    @Test
    void numbersNullsAndTimes() {
        assertThat(POSTGRESQL.literal(null)).isEqualTo("NULL");
        assertThat(POSTGRESQL.literal(42)).isEqualTo("42");
        assertThat(POSTGRESQL.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(POSTGRESQL.literal(2.5d)).isEqualTo("2.5");
        assertThat(POSTGRESQL.literal(LocalDate.of(2026, 1, 14))).isEqualTo("'2026-01-14'");
        assertThat(POSTGRESQL.literal(LocalTime.of(10, 0))).isEqualTo("'10:00:00'");
        assertThat(MYSQL.literal(LocalDateTime.of(2026, 1, 14, 10, 0, 0, 500_000_000)))
                .isEqualTo("'2026-01-14 10:00:00.5'");
        assertThat(POSTGRESQL.literal(OffsetDateTime.of(2026, 1, 14, 10, 0, 0, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("'2026-01-14 10:00:00+02:00'");
        assertThat(H2.literal(Instant.parse("2026-01-14T10:00:00Z"))).isEqualTo("'2026-01-14 10:00:00+00:00'");
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(SQLITE.literal(id)).isEqualTo("'123e4567-e89b-12d3-a456-426614174000'");
        assertThat(H2.literal(Thread.State.NEW)).isEqualTo("'NEW'");
    }

    @Test
    void bytesAreHexLiterals() {
        byte[] bytes = {(byte) 0xCA, (byte) 0xFE, 0x01};
        assertThat(SQLITE.literal(bytes)).isEqualTo("X'CAFE01'");
        assertThat(MYSQL.literal(bytes)).isEqualTo("X'CAFE01'");
        assertThat(POSTGRESQL.literal(bytes)).isEqualTo("'\\xCAFE01'::bytea");
    }

    @Test
    void valuesWithoutALiteralFormAreRefused() {
        assertThatThrownBy(() -> POSTGRESQL.literal(new Object()))
                .isInstanceOf(RetortException.class)
                .hasMessage("no SQL literal for a value of type java.lang.Object;"
                        + " use a string, number, boolean, java.time value, UUID or byte[]");
        assertThatThrownBy(() -> POSTGRESQL.literal(Double.NaN))
                .isInstanceOf(RetortException.class)
                .hasMessage("the number NaN has no SQL literal; use ServerDefault.expression(...)");
    }
}
