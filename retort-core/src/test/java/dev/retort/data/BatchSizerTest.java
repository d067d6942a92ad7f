package dev.retort.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchSizerTest {
    @Test
    void theAdaptiveSizeMovesTowardsTheTargetTimeAtMostByHalfOrDouble() {
        BatchSizer sizer = BatchSizer.adaptive(Duration.ofMillis(200));
        assertThat(sizer.size()).isEqualTo(1_000);
        sizer.completed(1_000, Duration.ofMillis(20));
        assertThat(sizer.size()).isEqualTo(2_000);
        sizer.completed(2_000, Duration.ofMillis(160));
        assertThat(sizer.size()).isEqualTo(2_500);
        sizer.completed(2_500, Duration.ofSeconds(2));
        assertThat(sizer.size()).isEqualTo(1_250);
        sizer.completed(10, Duration.ofMillis(1));
        assertThat(sizer.size()).as("a short last batch says nothing").isEqualTo(1_250);
        sizer.failed();
        assertThat(sizer.size()).isEqualTo(625);
    }

    @Test
    void aFixedSizeStays() {
        BatchSizer sizer = BatchSizer.fixed(10_000);
        sizer.completed(10_000, Duration.ofMillis(1));
        sizer.failed();
        assertThat(sizer.size()).isEqualTo(10_000);
    }
}
