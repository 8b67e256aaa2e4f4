package io.chunkwise.loader.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chunkwise.loader.csv.CsvFormat;
import io.chunkwise.loader.csv.CsvParseException;
import io.chunkwise.loader.csv.HeaderReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA: a first line holding NUL bytes was "UTF-16 or UTF-32 text, or not text at all" with
 * {@code iconv -f UTF-16} as the remedy, for a file of NUL padding or a binary file too, which
 * iconv turns into garbage. UTF-16 text has a NUL beside every ASCII character; other NULs are
 * named as NULs, with their count and first byte.
 */
class NulFirstLineTest {
    private static final String MASTER = "cusip,isin,symbol\r\n037833100,US0378331005,AAPL\r\n";

    @TempDir
    Path dir;

    private void assertRefused(byte[] bytes, String where, String... parts) throws Exception {
        Path file = Files.write(dir.resolve("m.csv"), bytes);
        var thrown = assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180))
                .isInstanceOf(CsvParseException.class).hasMessageStartingWith(file + where);
        for (String part : parts) {
            thrown.hasMessageContaining(part);
        }
    }

    @Test
    void aFileOfNulPaddingIsNamedAsNulsNotUtf16() throws Exception {
        assertRefused(new byte[100_000], ":1 (byte 0): the first 65,536 bytes read are NUL and nothing else: a preallocated"
                + " file never written (a crashed writer's padding?), or not a text file; CSV files are UTF-8 text");
        assertThatThrownBy(() -> HeaderReader.read(Files.write(dir.resolve("one.csv"), new byte[1]), CsvFormat.RFC4180))
                .hasMessageContaining("the first 1 byte read is NUL and nothing else").hasMessageNotContaining("UTF-16");
    }

    @Test
    void aNulRunAfterTextAndABinaryFileAreNamedWithTheirCountAndByte() throws Exception {
        byte[] run = new byte[40];
        System.arraycopy("cusip,isin".getBytes(StandardCharsets.US_ASCII), 0, run, 0, 10);
        run[39] = '\n';
        assertRefused(run, ":1 (byte 10): the first line holds 29 NUL bytes from byte 10: not a text file, or a"
                + " preallocated file never written");
        // binary: NULs without UTF-16's pattern, never "iconv -f UTF-16"; an ELF header is named by its magic (BinaryMastersTest)
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0, (byte) 0x90, 0x10};
        assertRefused(elf, ":1 (byte 0): an ELF executable or library, not a text file");
        byte[] other = elf.clone();
        other[0] = 'X';
        assertRefused(other, ":1 (byte 7): the first line holds 14 NUL bytes from byte 7: not a text file");
        Path file = Files.write(dir.resolve("elf.csv"), elf);
        assertThatThrownBy(() -> HeaderReader.read(file, CsvFormat.RFC4180)).hasMessageNotContaining("UTF-16")
                .hasMessageNotContaining("iconv");
        // one NUL is named in the singular
        assertRefused("cusip,is\0in\n1,2\n".getBytes(StandardCharsets.US_ASCII), ":1 (byte 8): the first line holds 1 NUL"
                + " byte from byte 8:");
    }

    @Test
    void utf16AndUtf32WithoutAMarkAreNamedWithTheirByteOrder() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            assertRefused(MASTER.getBytes(Charset.forName(cs)), ":1 (byte 0): " + cs + " text without a byte-order mark"
                    + " (a NUL beside every ASCII character); CSV files are read as UTF-8: convert it, e.g. iconv -f " + cs
                    + " -t UTF-8");
        }
        // a header with letters beyond Latin-1 among the ASCII ones is UTF-16 still
        assertRefused("Wertpapier\u2116,cusip,isin\n1,2,3\n".getBytes(StandardCharsets.UTF_16LE), ":1 (byte 0): UTF-16LE text");
    }

    @Test
    void utf16WithAMarkKeepsItsMessage() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] body = MASTER.getBytes(Charset.forName(cs));
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) (cs.endsWith("LE") ? 0xFF : 0xFE);
            bytes[1] = (byte) (cs.endsWith("LE") ? 0xFE : 0xFF);
            System.arraycopy(body, 0, bytes, 2, body.length);
            assertRefused(bytes, ":1 (byte 0): UTF-16 text (byte-order mark " + (cs.endsWith("LE") ? "FF FE" : "FE FF")
                    + "); CSV files are read as UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
    }
}
