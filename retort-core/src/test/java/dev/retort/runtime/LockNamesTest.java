package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockNamesTest {
    @Test
    void advisoryKeyIsTheFirstEightBytesOfSha256() {
        // fixed forever: processes running different Retort versions must agree on it
        assertThat(LockNames.advisoryKey("public.retort_version")).isEqualTo(0x9e6fbcad89968715L);
        assertThat(LockNames.advisoryKey("public.retort_version"))
                .isNotEqualTo(LockNames.advisoryKey("app.retort_version"));
        assertThat(LockNames.rowId("public.retort_version"))
                .isEqualTo((int) LockNames.advisoryKey("public.retort_version"));
    }

    @Test
    void mysqlNameIncludesTheDatabase() {
        assertThat(LockNames.mysqlName("app", "public.retort_version")).isEqualTo("retort:app.public.retort_version");
        assertThat(LockNames.mysqlName(null, "retort_version")).isEqualTo("retort:retort_version");
    }

    @Test
    void longMysqlNamesAreCutAndHashedToSixtyFourBytes() {
        String key = "schema_with_a_rather_long_name.version_table_with_a_long_name_too";
        String name = LockNames.mysqlName("app", key);
        assertThat(name)
                .hasSize(64)
                .startsWith("retort:app.schema_with_a_rather_long_name.vers")
                .contains("~");
        assertThat(LockNames.mysqlName("app", key + "2")).isNotEqualTo(name);
        assertThat(LockNames.mysqlName("app", key)).isEqualTo(name);
    }

    @Test
    void unicodeMysqlNamesAreCutOnCharacterBoundaries() {
        String name = LockNames.mysqlName("données", "schéma_ü✓".repeat(8));
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(name).startsWith("retort:données.schéma_ü✓").doesNotContain("\uFFFD");
    }

    @Test
    void durationsReadAsSecondsOrTenths() {
        assertThat(LockDurations.format(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(LockDurations.format(Duration.ofMillis(200))).isEqualTo("0.2 s");
        assertThat(LockDurations.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(LockDurations.format(Duration.ofMillis(12_400))).isEqualTo("12 s");
        assertThat(LockDurations.format(Duration.ZERO)).isEqualTo("0 s");
    }

    @Test
    void localHolderRoundTrips() {
        LocalHolder holder = new LocalHolder("process 77@elsewhere", Instant.parse("2026-01-14T10:00:00Z"));
        assertThat(holder.encode()).isEqualTo("process 77@elsewhere since 2026-01-14T10:00:00Z");
        assertThat(LocalHolder.decode(holder.encode() + "\n")).contains(holder);
        assertThat(LocalHolder.decode("")).isEmpty();
        assertThat(LocalHolder.decode("garbage since yesterday")).isEmpty();
        assertThat(LocalHolder.now("session 3").describe())
                .matches("session 3 of process \\d+@.+ \\(this process\\) for 0 s");
    }
}
