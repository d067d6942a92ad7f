package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code @Irreversible} is read from the source, like {@code @Revision}, without compiling. */
class IrreversibleReaderTest {
    private static RevisionScript read(String annotations) {
        return JavaRevisionReader.read(
                Path.of("m/versions/a1_x.java"),
                "versions/a1_x.java",
                "import dev.retort.*;\n" + annotations + "\n@Revision(id = \"a1\", revises = {})\n"
                        + "final class X implements Migration {}\n");
    }

    @Test
    void aRevisionWithoutTheAnnotationHasADowngrade() {
        RevisionScript script = read("");
        assertThat(script.hasDowngrade()).isTrue();
        assertThat(script.irreversible()).isEmpty();
    }

    @Test
    void theReasonIsReadInEveryLiteralForm() {
        assertThat(read("@Irreversible(\"prices are rounded\")").irreversible()).contains("prices are rounded");
        assertThat(read("@dev.retort.Irreversible(value = \"a \" + \"b\")").irreversible())
                .contains("a b");
        assertThat(read("@Irreversible(\"x\")").hasDowngrade()).isFalse();
    }

    @Test
    void aReasonThatIsNotALiteralIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("@Irreversible(REASON)"))
                .isInstanceOf(RevisionFileException.class)
                .hasMessageContaining("a1_x.java:2")
                .hasMessageContaining("@Irreversible needs its reason as a string literal: @Irreversible(\"why\")");
        assertThatThrownBy(() -> read("@Irreversible"))
                .hasMessageContaining("@Irreversible needs its reason as a string literal");
    }
}
