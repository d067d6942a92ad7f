package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptChecksumTest {
    @TempDir
    Path dir;

    @Test
    void isTheSha256OfTheText() {
        assertThat(ScriptChecksum.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void isStableAcrossLineEndingsAndABom() {
        String lf = ScriptChecksum.of("-- x\n-- revision: a\n");
        assertThat(ScriptChecksum.of("-- x\r\n-- revision: a\r\n")).isEqualTo(lf);
        assertThat(ScriptChecksum.of("-- x\r-- revision: a\r")).isEqualTo(lf);
        assertThat(ScriptChecksum.of("\uFEFF-- x\r\n-- revision: a\n")).isEqualTo(lf);
        assertThat(ScriptChecksum.of("-- x\n-- revision: a \n")).isNotEqualTo(lf);
    }

    @Test
    void aRevisionFileKeepsItsChecksumWhenCheckedOutWithCrlf() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("versions"));
        String text = "-- Add t\n-- revision: a1\n\n-- +retort upgrade\nCREATE TABLE t (x INT);\n";
        Files.writeString(versions.resolve("a1_add_t.sql"), text);
        String lf = ScriptDirectory.open(dir).scripts().get(0).checksum();

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(crlf, 0, both, bom.length, crlf.length);
        Files.write(versions.resolve("a1_add_t.sql"), both);

        RevisionScript reread = ScriptDirectory.open(dir).scripts().get(0);
        assertThat(reread.checksum()).isEqualTo(lf).isEqualTo(ScriptChecksum.of(text));
        assertThat(reread.id()).isEqualTo("a1");
    }
}
