package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.SqlType;
import dev.retort.ops.Types;
import org.junit.jupiter.api.Test;

class ConversionTest {
    private static Conversion of(SqlType type) {
        return Conversion.to(type, type.sql());
    }

    @Test
    void numericTargetsAreCheckedAndCastOthersAreCopiedAsTheyAre() {
        assertThat(of(Types.integer())).isEqualTo(Conversion.INTEGER);
        assertThat(of(Types.bool())).isEqualTo(Conversion.INTEGER);
        assertThat(of(Types.numeric(10, 2))).isEqualTo(Conversion.NUMERIC);
        assertThat(of(Types.doubleType())).isEqualTo(Conversion.NUMERIC);
        assertThat(of(Types.string(5))).isEqualTo(Conversion.NONE);
        assertThat(of(Types.timestamp())).isEqualTo(Conversion.NONE);
        assertThat(of(Types.raw("UNSIGNED BIG INT"))).isEqualTo(Conversion.INTEGER);
        assertThat(of(Types.raw("DECIMAL(5,2)"))).isEqualTo(Conversion.NUMERIC);
        assertThat(of(Types.raw("NVARCHAR(10)"))).isEqualTo(Conversion.NONE);
        assertThat(of(Types.raw("DATETIME"))).isEqualTo(Conversion.NONE);
    }

    @Test
    void theCopyAndTheCheckAreSql() {
        assertThat(Conversion.NUMERIC.copy("price")).isEqualTo("CAST(price AS NUMERIC)");
        assertThat(Conversion.NONE.copy("price")).isEqualTo("price");
        assertThat(Conversion.NUMERIC.loses("p")).isEqualTo("p IS NOT NULL AND NOT (p = CAST(p AS NUMERIC))");
        assertThat(Conversion.INTEGER.loses("p"))
                .isEqualTo("p IS NOT NULL AND NOT (p = CAST(p AS NUMERIC) AND CAST(p AS NUMERIC) ="
                        + " CAST(CAST(p AS NUMERIC) AS INTEGER))");
    }
}
