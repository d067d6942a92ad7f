package dev.retort.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
    @Test
    void keysSurviveTheCheckpointAsValuesThatBindAlike() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        List<Object> key = Arrays.asList(
                42,
                7L,
                "a,b\\c",
                new BigDecimal("1.50"),
                uuid,
                LocalDate.of(2026, 1, 2),
                Timestamp.valueOf("2026-01-02 03:04:05.5"));
        String text = KeyCodec.encode(key);
        assertThat(text)
                .isEqualTo("i:42,i:7,s:a\\,b\\\\c,n:1.50,u:123e4567-e89b-12d3-a456-426614174000,d:2026-01-02,"
                        + "t:2026-01-02T03:04:05.500");
        assertThat(KeyCodec.decode(text))
                .containsExactly(
                        42L,
                        7L,
                        "a,b\\c",
                        new BigDecimal("1.50"),
                        uuid,
                        LocalDate.of(2026, 1, 2),
                        LocalDateTime.of(2026, 1, 2, 3, 4, 5, 500_000_000));
        assertThat(KeyCodec.decode(KeyCodec.encode(List.of("")))).containsExactly("");
    }

    @Test
    void aKeyOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> KeyCodec.encode(List.of(new Object())))
                .isInstanceOf(BackfillException.class)
                .hasMessageStartingWith("a key value of type java.lang.Object cannot be kept in a checkpoint");
    }
}
